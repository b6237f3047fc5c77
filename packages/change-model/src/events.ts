// The change model's own events, typed in HTMLElementEventMap so `fireSammenEvent` and a host's
// listeners agree on their detail.
import type { ChangeModel } from '@sammen/sdk';
import type { ModelChange } from './edit/model-change.js';

/** What is selected in a change model: an item, or a link (its id and its two ends). */
export type ChangeModelSelection = { kind: 'item'; id: string } | { kind: 'link'; id: string; from: string; to: string };

/** `sammen-select`: the selection changed (`selection` is null when it was cleared). */
export interface ChangeModelSelectDetail {
  selection: ChangeModelSelection | null;
}

/** Why the model changed: an edit, undo/redo, an import, or a restored earlier revision. */
export type ModelChangeReason = 'edit' | 'undo' | 'redo' | 'import' | 'restore';

/** `sammen-model-change`: the model shown was changed by the user (edit mode). */
export interface ModelChangeDetail {
  /** The whole model after the change (plain data). */
  model: ChangeModel;
  reason: ModelChangeReason;
  /** What the change did: its kind, the ids it touched, and the sentence announced for it. */
  change: ModelChange;
}

declare module '@sammen/core' {
  interface SammenSelectDetails {
    /** Fired by `<sammen-change-model>` when an item or a link is selected, or the selection is cleared. */
    'change-model': ChangeModelSelectDetail;
  }
}

declare global {
  interface HTMLElementEventMap {
    /** Fired by `<sammen-change-model>` after every change the user makes to the model (edit mode). */
    'sammen-model-change': CustomEvent<ModelChangeDetail>;
  }
}
