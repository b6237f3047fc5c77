// The lazy views part (lazy-parts.ts): the table view and the list view, with their styles.
// Loaded when either tab is first chosen; both edit the same map as the drawing.
import { css, type ReactiveControllerHost } from 'lit';
import { buttonBox, PendingFields } from '@sammen/core';
import { renderTable, type TableView } from '../table-view.js';
import { nextSort, type TableSort } from '../table-sort.js';
import type { MapView } from '../view-model.js';

export { renderList } from '../list-view.js';

const keeping = new WeakSet<HTMLElement>();

/**
 * A name typed in the table and not yet left is committed when the page goes (core's
 * PendingFields fires the `change` a reload never sends): once per widget, from its first table.
 */
function keepTypedText(host: HTMLElement & ReactiveControllerHost): void {
  if (keeping.has(host)) return;
  keeping.add(host);
  new PendingFields(host);
}

/** The table, sorted by `sort`; a click on a header sorts again through `setSort`. */
export function renderSortedTable(view: Omit<TableView, 'setSort'> & { setSort: (sort: TableSort) => void; element: HTMLElement & ReactiveControllerHost }) {
  keepTypedText(view.element);
  return renderTable({ ...view, setSort: (column) => view.setSort(nextSort(view.sort, column)) });
}

export type { MapView };

export const styles = css`
  .table-view {
    overflow-x: auto;
  }
  .sort {
    ${buttonBox}
    background: transparent;
    color: var(--s-color-text);
    border: none;
    font-weight: 700;
    padding-inline: 0;
  }
  .list-view {
    list-style: none;
    padding: 0;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    margin-block: var(--s-space-3);
  }
  th,
  td {
    text-align: start;
    padding: var(--s-space-1) var(--s-space-2);
    border-block-end: 1px solid var(--s-color-border);
  }
  caption {
    text-align: start;
    font-weight: 700;
  }
  /* The table's rules stay visible in Windows high contrast. */
  @media (forced-colors: active) {
    th,
    td {
      border-block-end-color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .sort {
      transition: none;
    }
  }
`;
