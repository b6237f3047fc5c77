// Size budgets for `npm run size`: the CDN bundle, the SDK, core, and one entry per widget from the
// one list of widgets (packages/sammen/widgets.mjs).
import { WIDGETS } from './packages/sammen/widgets.mjs';

export default [
  {
    name: 'sammen.min.js (CDN bundle: every widget, Lit, SDK)',
    path: 'packages/sammen/dist/sammen.min.js',
    gzip: true,
  },
  {
    name: '@sammen/sdk: parse + IndexedDbStore (browser import)',
    path: 'packages/sdk/dist/index.js',
    import: '{ parseReflectionDeck, parseDocument, IndexedDbStore }',
    gzip: true,
    limit: '12 kB',
  },
  {
    name: '@sammen/core (base, controllers, UI parts, with Lit)',
    path: 'packages/core/dist/define.js',
    gzip: true,
  },
  ...WIDGETS.map((widget) => ({
    name: `@sammen/${widget.package}: <${widget.tag}> (widget + core + SDK + Lit, lazy content and locales included)`,
    path: `packages/${widget.package}/dist/define.js`,
    gzip: true,
    limit: widget.sizeLimit,
  })),
];
