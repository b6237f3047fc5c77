// The built-in example is content: loaded only when a page shows it.
export const loadExampleModel = (lang: string): Promise<unknown> =>
  import('@sammen/content').then((content) => {
    const load = (content as { loadExampleChangeModel?: (lang: string) => Promise<unknown> }).loadExampleChangeModel;
    if (!load) throw new Error('No example change model in @sammen/content');
    return load(lang);
  });
