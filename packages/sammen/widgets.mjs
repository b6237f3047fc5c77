// The one list of finished widgets. The rollup build, the size budgets (.size-limit.mjs and
// test/scripts/initial-size.mjs), the CDN bundle test and the stories' accessibility sweep all read
// it, so a new widget is one line here (test/widget-list.node.test.ts fails when a widget package
// is missing from it, or when the list and the package's other registrations disagree).
// Plain JavaScript, so Node scripts, the rollup config and browser tests can all import it.

/** @type {readonly import('./widgets.d.mts').WidgetEntry[]} */
// sizeLimit: the bytes a page downloads to show this widget alone, its locale included: gzip
// JavaScript fetched by Chromium from the CDN folder (sammen.js, the widget's chunk, the shared
// chunks it needs, its locale and core's, the content it shows), measured by
// test/scripts/page-bytes.mjs in `npm run size` and test/cdn-folder.node.test.ts (issue 17).
// The page the budget is for is the default one: the widget's tag and nothing else, showing its
// built-in example (for the triangle: the list of saved sessions). sizeCeiling, where present:
// the widget is not within sizeLimit yet; the most it may weigh until it is (so it cannot grow),
// while the tests report sizeLimit as a to-do.
// storedCeiling: the most the page may weigh with `documentAttribute` set (a document opened and
// saved in IndexedDB), which loads the saving machinery on top; measured and reported beside it.
export const WIDGETS = [
  {
    package: 'reflection-cards',
    tag: 'sammen-reflection-deck',
    stories: 'stories/reflection-cards/reflection-deck.stories.ts',
    sizeLimit: '25 kB',
    // 38.40 kB measured on 2026-12-02: message ids written at build time, the IndexedDB backend on
    // first read or write (50.08 kB with a session-id).
    sizeCeiling: '38.9 kB',
    documentAttribute: 'session-id',
    storedCeiling: '50.6 kB',
  },
  {
    package: 'perspective-triangle',
    tag: 'sammen-perspective-triangle',
    stories: 'stories/perspective-triangle/perspective-triangle.stories.ts',
    sizeLimit: '25 kB',
    // 31.07 kB measured on 2026-12-02: the default page lists saved sessions; the work view (triangle,
    // panels, summary, privacy guard) loads with the first session shown (53.49 kB stored).
    sizeCeiling: '31.6 kB',
    documentAttribute: 'document-id',
    storedCeiling: '54.2 kB',
  },
  {
    package: 'change-model',
    tag: 'sammen-change-model',
    stories: 'stories/change-model/change-model.stories.ts',
    sizeLimit: '30 kB',
    // 42.06 kB measured on 2026-12-02 (parsers only for documents that need validating; edit mode's
    // texts with edit mode; line of sight, chains and the links level with the selection panel).
    sizeCeiling: '42.8 kB',
    documentAttribute: 'document-id',
    storedCeiling: '49.7 kB',
    // Issue 15: the widget's own gzip size ≤ 10 kB beyond core (`npm run size` fails above the ceiling).
    ownLimit: '10 kB',
    // 14.77 kB measured on 2026-12-02: the widget's chunk and the save-problem styles core keeps out
    // of its shared chunk (0.34 kB, on this page only).
    ownCeiling: '15.2 kB',
  },
  {
    package: 'relation-map',
    tag: 'sammen-relation-map',
    stories: 'stories/relation-map/relation-map.stories.ts',
    // Within budget since 2026-12-02 (34.46 kB measured): the default (empty) map fetches no
    // drawing; the drawing and its mode's layout load once a map has people, the forms', views',
    // panels' and help's strings with them (46.03 kB stored). Enforced: no ceiling above it.
    sizeLimit: '35 kB',
    documentAttribute: 'document-id',
    storedCeiling: '46.8 kB',
  },
];

/** gzip budget of the CDN folder's entry, `sammen.js` (the autoloader every page loads). */
export const AUTOLOADER_BUDGET = '2 kB';

/** gzip budget of the JavaScript a page with every widget downloads from the CDN folder. */
export const ALL_WIDGETS_BUDGET = '75 kB';

/**
 * The most the page with every widget may weigh until it is within ALL_WIDGETS_BUDGET (78.94 kB
 * measured with four widgets on 2026-12-02, after the parsers, the triangle's work view and the
 * relation map's drawing and its parts' strings became lazy and message ids were written at build time), so it cannot
 * grow while the budget is a to-do.
 */
export const ALL_WIDGETS_CEILING = '79.5 kB';

/** Packages that are not widgets, in build order: these before the widgets, `sammen` after them. */
export const FOUNDATION_PACKAGES = ['sdk', 'core', 'content'];

/** The all-in-one package (and CDN bundle) that defines every widget. */
export const ALL_IN_ONE_PACKAGE = 'sammen';

/** Framework adapters over the widgets (`@sammen/react`): built like the others, after them; no tag of their own. */
export const ADAPTER_PACKAGES = ['react'];

/** Every workspace package in dependency order. */
export const PACKAGES = [...FOUNDATION_PACKAGES, ...WIDGETS.map((widget) => widget.package), ALL_IN_ONE_PACKAGE, ...ADAPTER_PACKAGES];

/**
 * Node-only workspace packages after the browser ones: not built by rollup, not in the CDN
 * bundle (@sammen/server runs from its TypeScript source through tsx).
 */
export const SERVER_PACKAGES = ['server'];
