// `sammen`: every finished Sammen widget, its classes and the SDK, in one package.
// Importing this module registers every widget tag (see define.ts) — that is its purpose.
import './define.js';

export * from '@sammen/sdk';
export * from '@sammen/core';
export * from '@sammen/reflection-cards';
export * from '@sammen/perspective-triangle';
