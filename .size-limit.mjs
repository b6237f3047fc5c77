// Size budgets for `npm run size` (gzip, by file). The per-page budgets — what a browser downloads
// to show one widget from the CDN folder, and all of them — are measured in Chromium by
// test/scripts/page-size.mjs (the second half of `npm run size`) from packages/sammen/widgets.mjs.
import { AUTOLOADER_BUDGET } from './packages/sammen/widgets.mjs';

export default [
  {
    name: 'sammen.js (CDN folder entry: the autoloader every page loads)',
    path: 'packages/sammen/dist/sammen.js',
    // The file alone: its chunks load only when a tag appears (page-size.mjs counts those).
    modifyEsbuildConfig: (config) => ({ ...config, external: ['./*'] }),
    gzip: true,
    limit: AUTOLOADER_BUDGET,
  },
  {
    name: 'sammen.min.js (one-file build: every widget, Lit, SDK)',
    path: 'packages/sammen/dist/sammen.min.js',
    gzip: true,
  },
  {
    name: '@sammen/sdk: parse + IndexedDbStore (browser import)',
    path: 'packages/sdk/dist/index.js',
    import: '{ parseReflectionDeck, parseDocument, IndexedDbStore }',
    gzip: true,
    // 12.39 kB measured after the change model's and relation map's v2 schemas, their v1 readers
    // and migrations, and the reference checks (duplicate ids, links and ties to no one) landed;
    // 13.12 kB after the SDK was split for the page budgets of issue 17 (a parser module per kind,
    // `parseDocument` in its own all-kinds registry, IndexedDbStore importing write validation and
    // export on first use); 13.3 kB when IndexedDbStore's database work became a module of its own,
    // imported on the first read or write (this entry imports everything, so it only gains the
    // split's glue; pages gain 0.8 kB). What a page downloads is measured in Chromium by page-size.mjs.
    limit: '13.4 kB',
  },
];
