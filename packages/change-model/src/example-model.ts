// The built-in example is content (texts in da, nb and en): loaded only when a page shows it.
export const loadExampleModel = (): Promise<unknown> => import('@sammen/content').then((content) => content.loadExampleChangeModel());
