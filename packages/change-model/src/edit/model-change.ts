// The `sammen-model-change` event: what every edit tells the host page.
import type { ChangeModel } from '@sammen/sdk';

/** What kind of edit changed the model. */
export type ModelChangeKind =
  | 'item-added'
  | 'item-changed'
  | 'item-removed'
  | 'item-moved'
  | 'column-added'
  | 'column-changed'
  | 'column-removed'
  | 'column-moved'
  | 'link-added'
  | 'link-removed'
  | 'link-changed'
  | 'links-changed'
  | 'indicator-changed'
  | 'indicator-removed'
  | 'model-changed'
  | 'model-replaced'
  | 'undo'
  | 'redo';

/** One edit: its kind, the ids it touched and the sentence announced for it. */
export interface ModelChange {
  kind: ModelChangeKind;
  /** Item, column or link ends (`from`, `to`) the edit touched. */
  ids: string[];
  /** The edit in words, in the UI language ("Item added: Family groups"). */
  label: string;
}

/** `detail` of `sammen-model-change`: the model after the edit and what changed. */
export interface ModelChangeDetail {
  model: ChangeModel;
  change: ModelChange;
}

declare global {
  interface HTMLElementEventMap {
    /** Fired by `<sammen-change-model editable>` after every edit, undo and redo. */
    'sammen-model-change': CustomEvent<ModelChangeDetail>;
  }
}
