/**
 * Sammen for a scoped custom element registry: every widget and shared part, defined in a registry
 * the host gives (or a new one), never in the page's global `customElements`. For a second Sammen
 * version on a page that already has one: the host attaches a shadow root with this registry and
 * puts the widgets in it, with the same tags as always (docs/embedding.md, "Two versions").
 * Importing this module defines nothing.
 */
import { define, scopedRegistryOf, supportsScopedRegistries, SammenButton, SammenConfirm, SammenDialog, SammenEmptyState, SammenIconButton, SammenSaveStatus, SammenStatusBadge, SammenTextarea } from '@sammen/core';
import { SammenReflectionDeck } from '@sammen/reflection-cards';
import { SammenPerspectiveTriangle } from '@sammen/perspective-triangle';
import { SammenChangeModel } from '@sammen/change-model';
import { SammenRelationMap } from '@sammen/relation-map';

export { supportsScopedRegistries, scopedRegistryOf };

/** Every tag this copy of Sammen defines, with its class: the widgets and the parts they render. */
export const SAMMEN_ELEMENTS: Readonly<Record<string, CustomElementConstructor>> = {
  'sammen-button': SammenButton,
  'sammen-icon-button': SammenIconButton,
  'sammen-textarea': SammenTextarea,
  'sammen-save-status': SammenSaveStatus,
  'sammen-dialog': SammenDialog,
  'sammen-confirm': SammenConfirm,
  'sammen-status-badge': SammenStatusBadge,
  'sammen-empty-state': SammenEmptyState,
  'sammen-reflection-deck': SammenReflectionDeck,
  'sammen-perspective-triangle': SammenPerspectiveTriangle,
  'sammen-change-model': SammenChangeModel,
  'sammen-relation-map': SammenRelationMap,
};

/**
 * Defines every Sammen tag in `registry` (a tag it already has is left alone) and returns it.
 * Without scoped registries (Firefox, older Chromium) there is no registry to make: it throws a
 * clear error, and the host uses the tag-prefix build instead.
 */
export function defineSammen(registry?: CustomElementRegistry): CustomElementRegistry {
  if (!registry && !supportsScopedRegistries()) {
    throw new Error('This browser has no scoped custom element registries: load the tag-prefix build of Sammen instead (docs/embedding.md).');
  }
  const target = registry ?? new CustomElementRegistry();
  for (const [tag, element] of Object.entries(SAMMEN_ELEMENTS)) define(tag, element, target);
  return target;
}
