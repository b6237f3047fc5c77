// `@sammen/core/test-suites`: what every widget's tests reuse — the contract suite, the harness
// base, the live-region recorder and small helpers. Shipped as TypeScript source for test runners
// that compile it (web-test-runner with esbuild, Vite); it imports @open-wc/testing and
// @web/test-runner-commands, which the widget's tests provide.
export { runWidgetContractSuite, type WidgetContractConfig } from './widget-contract-suite.js';
export { WidgetHarnessBase, type HarnessedElement } from './widget-harness-base.js';
export { WidgetHarness, expectFocusKept, deepActiveElement } from './widget-harness.js';
export { LiveRegionRecorder } from './live-regions.js';
export { deepText, squash, settle, FailingStore, median, nextFrame } from './test-support.js';
