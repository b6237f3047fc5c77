// The one list of finished widgets. The rollup build, the size budgets (.size-limit.mjs and
// test/scripts/initial-size.mjs), the CDN bundle test and the stories' accessibility sweep all read
// it, so a new widget is one line here (test/widget-list.node.test.ts fails when a widget package
// is missing from it, or when the list and the package's other registrations disagree).
// Plain JavaScript, so Node scripts, the rollup config and browser tests can all import it.

/** @type {readonly import('./widgets.d.mts').WidgetEntry[]} */
// sizeLimit: everything a widget may load (gzip). Issues 13 and 14 added the unsaved-text journal,
// the focus controller, sessions, the length counts and complete da/nb error texts to core and the
// SDK: 63.4 / 64.5 kB measured, up from 50.6 / 50.3 kB. The delivery issue (17) splits core and
// the locales per widget for its 25 kB budgets; until then these hold the line where it is.
export const WIDGETS = [
  {
    package: 'reflection-cards',
    tag: 'sammen-reflection-deck',
    stories: 'stories/reflection-cards/reflection-deck.stories.ts',
    sizeLimit: '66 kB',
  },
  {
    package: 'perspective-triangle',
    tag: 'sammen-perspective-triangle',
    stories: 'stories/perspective-triangle/perspective-triangle.stories.ts',
    sizeLimit: '66 kB',
  },
];

/** Packages that are not widgets, in build order: these before the widgets, `sammen` after them. */
export const FOUNDATION_PACKAGES = ['sdk', 'core', 'content'];

/** The all-in-one package (and CDN bundle) that defines every widget. */
export const ALL_IN_ONE_PACKAGE = 'sammen';

/** Every workspace package in dependency order. */
export const PACKAGES = [...FOUNDATION_PACKAGES, ...WIDGETS.map((widget) => widget.package), ALL_IN_ONE_PACKAGE];

/**
 * Node-only workspace packages after the browser ones: not built by rollup, not in the CDN
 * bundle (@sammen/server runs from its TypeScript source through tsx).
 */
export const SERVER_PACKAGES = ['server'];
