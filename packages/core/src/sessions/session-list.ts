// The list of a widget's saved sessions: newest first, each with its title, when it last changed
// and a line from the widget (its progress), with Open and Delete; a "new" button and room for
// the widget's own actions (an example to open). Shared so every widget that keeps sessions lists
// them the same way; styles in `sessionListStyles`.
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { RefOrCallback } from 'lit/directives/ref.js';
import { icon } from '../ui/icons/icons.js';
import { heading, headingLevel } from '../ui/heading/heading.js';

/** A saved session as the list shows it. */
export interface SessionListItem {
  id: string;
  /** The session's title, or the widget's word for "untitled". */
  title: string;
  /** ISO time of the last change. */
  updatedAt: string;
  /** A short line after the date, e.g. "2 of 4 parts done". */
  detail?: string;
}

/** The list's words, from the widget ("Your situations", "New situation", …). */
export interface SessionListTexts {
  heading: string;
  create: string;
  loading: string;
  emptyHeading: string;
  emptyText: string;
}

export interface SessionListActions {
  open(id: string): void;
  remove(id: string): void;
  create(): void;
}

/** Newest first. */
export function sortSessions<T extends { updatedAt: string }>(sessions: readonly T[]): T[] {
  return [...sessions].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** Where the list sits in the host page's outline, and how the element reaches its heading. */
export interface SessionListOptions {
  /** Level of the list's heading (the widget's `heading-level`, default 2). */
  level?: number;
  /** A `ref()` target for the heading, so focus can return to it when the list is shown again. */
  headingRef?: RefOrCallback;
}

/**
 * The list (`part="session-list"`); `items` undefined while loading. `extra` is rendered beside
 * the "new" button.
 */
export function renderSessionList(
  items: readonly SessionListItem[] | undefined,
  lang: string,
  texts: SessionListTexts,
  actions: SessionListActions,
  extra: TemplateResult | typeof nothing = nothing,
  options: SessionListOptions = {},
): TemplateResult {
  const level = headingLevel(options.level);
  const format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  return html`<div class="list" part="session-list">
    ${heading(level, texts.heading, { tabindex: -1, ref: options.headingRef })}
    <p class="list__actions">
      <sammen-button @click=${() => actions.create()}>${icon('plus')} ${texts.create}</sammen-button>
      ${extra}
    </p>
    ${items === undefined
      ? html`<p role="status">${texts.loading}</p>`
      : items.length === 0
        ? html`<sammen-empty-state heading=${texts.emptyHeading} .level=${headingLevel(level, 1)}>${texts.emptyText}</sammen-empty-state>`
        : html`<ul class="list__items">
            ${sortSessions(items).map(({ id, title, updatedAt, detail }) => {
              const changed = format.format(new Date(updatedAt));
              return html`<li class="list__item">
                <div>
                  <strong class="list__title">${title}</strong>
                  <span class="muted">${msg(str`Changed ${changed}`)}${detail ? ` · ${detail}` : ''}</span>
                </div>
                <span class="list__buttons">
                  <sammen-button variant="secondary" label=${msg(str`Open: ${title}`)} @click=${() => actions.open(id)}>${msg('Open')}</sammen-button>
                  <sammen-icon-button icon="trash" label=${msg(str`Delete: ${title}`)} @click=${() => actions.remove(id)}></sammen-icon-button>
                </span>
              </li>`;
            })}
          </ul>`}
  </div>`;
}

/** Styles of `renderSessionList`, for the widget's `static styles`. */
export const sessionListStyles = css`
  .list__actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--s-space-2);
  }
  .list__items {
    display: grid;
    gap: var(--s-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list__item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--s-space-2);
    padding: var(--s-space-3);
    border: 1px solid var(--s-color-border);
    border-radius: var(--s-radius);
  }
  .list__item > div {
    display: grid;
    min-inline-size: 0;
  }
  .list__title {
    overflow-wrap: anywhere;
  }
  .list__item .muted {
    color: var(--s-color-text-muted);
  }
  .list__buttons {
    display: flex;
    gap: var(--s-space-1);
  }
  @media (forced-colors: active) {
    .list__item {
      border-color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .list__item {
      transition: none;
    }
  }
`;
