// What one edit changed: the `change` of a `sammen-model-change` event's detail.

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
