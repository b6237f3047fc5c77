// The lazy edit part (lazy-parts.ts): the person and tie forms with what they do, the closeness
// editor and export, with their styles. Loaded when a form, the closeness layer or an export is
// first used.
import { css } from 'lit';
import { buttonBox } from '@sammen/core';
import type { MappingRound, RelationMap } from '@sammen/sdk';
import { ClosenessEditor, renderClosenessEditor } from '../closeness-editor.js';
import { renderForm, type FormsView } from '../forms-view.js';
import type { SammenRelationMap } from '../relation-map.js';
import { strengthName, tieKindName, valenceName, kindName } from '../texts.js';
import type { MapView } from '../view-model.js';
import { submitPerson, submitTie } from './form-actions.js';

export { exportJson, exportSvg } from './export-files.js';
export { actionsOf } from './actions-of.js';

/** The open form (if any) for the map shown now. */
export function renderEditForm(host: SammenRelationMap, view: MapView) {
  const forms: FormsView = {
    ...view,
    form: host.form,
    formProblem: host.formProblem,
    kindName,
    tieKindName,
    strengthName,
    valenceName,
    submitPerson: (fields, id) => submitPerson(host, fields, id),
    submitTie: (tie, key) => submitTie(host, tie, key),
    closeForm: () => host.openForm(undefined),
  };
  return renderForm(forms);
}

// One editor per widget (it remembers the child being rated), made when the layer is first shown.
const editors = new WeakMap<SammenRelationMap, ClosenessEditor>();

/** The closeness editor under the drawing (group maps, closeness layer on). */
export function renderCloseness(host: SammenRelationMap, view: MapView & { map: RelationMap; round: MappingRound }) {
  let editor = editors.get(host);
  if (!editor) editors.set(host, (editor = new ClosenessEditor(host)));
  return renderClosenessEditor({ ...view, editor });
}

export const styles = css`
  .map-form {
    border: 1px solid var(--s-color-border);
    border-radius: var(--s-radius);
    padding: var(--s-space-3);
    margin-block: var(--s-space-3);
    display: grid;
    gap: var(--s-space-2);
    max-inline-size: 36rem;
  }
  .submit {
    ${buttonBox}
    background: var(--s-color-primary);
    color: var(--s-color-on-primary);
  }
  .radios {
    display: flex;
    flex-wrap: wrap;
    gap: var(--s-space-3);
    border: none;
    padding: 0;
  }
  .radios label {
    display: inline-flex;
    align-items: center;
    gap: var(--s-space-1);
    min-block-size: var(--s-target-size);
  }
  .closeness-editor {
    margin-block: var(--s-space-3);
  }
  .closeness-editor select {
    min-block-size: var(--s-target-size);
    cursor: pointer;
  }
  .form-problem {
    color: var(--s-color-danger);
    font-weight: 600;
  }
  /* Forms and the primary button keep their edges in Windows high contrast. */
  @media (forced-colors: active) {
    .map-form {
      border-color: CanvasText;
    }
    .submit {
      border-color: ButtonText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .submit {
      transition: none;
    }
  }
`;
