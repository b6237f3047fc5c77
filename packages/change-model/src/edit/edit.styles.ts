import { css } from 'lit';
import { buttonBox, formFieldStyles, saveProblemStyles } from '@sammen/core';
import { linkDragStyles } from './link-drag.styles.js';

/** Edit mode's styles: the toolbar, the columns' lists, the item form. */
export const editStyles = [
  formFieldStyles,
  saveProblemStyles,
  linkDragStyles,
  css`
    .editor {
      margin-block-start: var(--s-space-4);
      padding-block-start: var(--s-space-3);
      border-block-start: 2px solid var(--s-color-border);
    }
    :is(.editor, .edit-body) button {
      ${buttonBox}
      background: transparent;
      color: var(--s-color-primary);
      font-weight: 600;
    }
    :is(.editor, .edit-body) button.danger {
      border-color: var(--s-color-danger);
      color: var(--s-color-danger);
    }
    :is(.editor, .edit-body) button:disabled {
      border-color: var(--s-color-border);
      color: var(--s-color-text-muted);
      cursor: not-allowed;
    }
    .edit-toolbar,
    .edit-row,
    .edit-column-actions {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: var(--s-space-2);
      margin-block: var(--s-space-2);
    }
    .edit-hint,
    .edit-note,
    .edit-empty {
      color: var(--s-color-text-muted);
    }
    .edit-body {
      display: grid;
      gap: var(--s-space-4);
    }
    .edit-column-grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(14rem, 100%), 1fr));
      gap: var(--s-space-3);
    }
    .edit-column {
      min-inline-size: 0;
      padding: var(--s-space-2);
      border: 1px solid var(--s-color-border);
      border-radius: var(--s-radius);
    }
    .edit-column :is(h1, h2, h3, h4, h5, h6) {
      margin-block: 0 var(--s-space-2);
      font-size: 1.05em;
    }
    .edit-items {
      display: grid;
      gap: var(--s-space-1);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .edit-item {
      min-block-size: var(--s-target-size);
      padding: var(--s-space-2);
      border: 1px solid var(--s-color-outline);
      border-radius: var(--s-radius-small);
      background: var(--s-color-surface-raised);
      cursor: pointer;
      overflow-wrap: anywhere;
    }
    .edit-item[aria-selected='true'] {
      border-width: 3px;
      border-color: var(--s-color-primary);
      font-weight: 600;
    }
    :host([data-connecting]) .edit-item,
    .edit-connecting ~ .edit-body .edit-item {
      cursor: crosshair;
    }
    .edit-item:focus-visible {
      outline: var(--s-focus-ring-width) solid var(--s-color-focus);
      outline-offset: var(--s-focus-ring-offset);
    }
    .edit-column-settings summary {
      min-block-size: var(--s-target-size);
      cursor: pointer;
    }
    .edit-form {
      display: grid;
      gap: var(--s-space-2);
      padding: var(--s-space-3);
      border: 2px solid var(--s-color-primary);
      border-radius: var(--s-radius);
    }
    .edit-form :is(h1, h2, h3, h4, h5, h6) {
      margin-block: var(--s-space-2) 0;
    }
    fieldset {
      display: grid;
      gap: var(--s-space-2);
      min-inline-size: 0;
      border: 1px solid var(--s-color-border);
      border-radius: var(--s-radius-small);
    }
    .edit-check {
      display: flex;
      align-items: center;
      gap: var(--s-space-2);
      min-block-size: var(--s-target-size);
    }
    .edit-check input {
      inline-size: 1.25rem;
      block-size: 1.25rem;
    }
    .edit-import-problem {
      padding: var(--s-space-2) var(--s-space-3);
      border: 2px solid var(--s-color-danger);
      border-inline-start-width: 6px;
      border-radius: var(--s-radius);
      background: var(--s-color-danger-surface);
    }
    .edit-connecting {
      padding: var(--s-space-2);
      border: 2px dashed var(--s-color-primary);
    }
    .compare {
      margin-block-start: var(--s-space-3);
      padding: var(--s-space-3);
      border: 2px solid var(--s-color-border);
      border-radius: var(--s-radius);
    }
    .compare-scroll {
      max-inline-size: 100%;
      overflow-x: auto;
    }
    .compare-table {
      inline-size: 100%;
      border-collapse: collapse;
    }
    .compare-table caption {
      text-align: start;
      font-weight: 600;
      padding-block-end: var(--s-space-2);
    }
    .compare-table :is(th, td) {
      padding: var(--s-space-1) var(--s-space-2);
      border-block-end: 1px solid var(--s-color-border);
      text-align: start;
      vertical-align: top;
      overflow-wrap: anywhere;
    }
    .compare-symbol {
      display: inline-block;
      min-inline-size: 1.2em;
      font-weight: 700;
    }
    .card--marked {
      box-shadow: 0 0 0 3px var(--s-color-warning);
    }
    .card__mark {
      margin: var(--s-space-1) 0 0;
      padding: 0 var(--s-space-1);
      border: 1px dashed var(--s-color-outline);
      border-radius: var(--s-radius-small);
      background: var(--s-color-warning-surface);
      font-size: 0.875em;
      font-weight: 600;
    }
    .card__mark--added::before {
      content: '+ ';
    }
    .card__mark--changed::before {
      content: '~ ';
    }
    @media (forced-colors: active) {
      .card--marked {
        outline: 3px dashed CanvasText;
      }
      .edit-item[aria-selected='true'] {
        border-color: Highlight;
      }
      .edit-import-problem {
        border-color: CanvasText;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      :is(.editor, .edit-body) button {
        transition: none;
      }
    }
  `,
];
