// The built-in example is content: loaded only when a page shows it, in `langs` (all of da, nb and
// en when not given); each language of the example is a chunk of its own. Straight from its
// module, not through the package's index: one request fewer before it shows.
export const loadExampleModel = (langs?: readonly string[]): Promise<unknown> =>
  import('@sammen/content/example-change-model').then((content) => content.exampleChangeModel(langs));
