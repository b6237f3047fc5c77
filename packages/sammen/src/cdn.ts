// Entry of dist/sammen.min.js, the one-file CDN bundle: defines every widget and exposes the
// SDK's store setup (setDefaultStore, MemoryStore, HttpStore, …) for pages without a build step.
export * from './index.js';
