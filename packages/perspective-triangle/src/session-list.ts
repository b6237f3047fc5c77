// Saved sessions to resume, newest first, with "new" and the worked example for training.
import { html, type TemplateResult } from 'lit';
import type { RefOrCallback } from 'lit/directives/ref.js';
import { msg, str } from '@lit/localize';
import { DEFAULT_PROMPT_IDS, type PerspectiveSession } from '@sammen/sdk';
import { heading, headingLevel, icon } from '@sammen/core';
import { sessionProgress } from './session-progress.js';

export interface SessionListActions {
  open(id: string): void;
  remove(session: PerspectiveSession): void;
  create(): void;
  openWorkedExample(): void;
}

/** Newest first. */
export function sortSessions(sessions: readonly PerspectiveSession[]): PerspectiveSession[] {
  return [...sessions].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** `headingRef` lets the element move focus to the list's heading when it is shown again. */
export function renderSessionList(sessions: readonly PerspectiveSession[] | undefined, lang: string, level: number, headingRef: RefOrCallback | undefined, actions: SessionListActions): TemplateResult {
  const format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  return html`<div class="list" part="session-list">
    ${heading(headingLevel(level), msg('Your situations'), { tabindex: -1, ref: headingRef })}
    <p class="list__actions">
      <sammen-button @click=${() => actions.create()}>${icon('plus')} ${msg('New situation')}</sammen-button>
      <sammen-button variant="secondary" @click=${() => actions.openWorkedExample()}>${msg('Open the worked example')}</sammen-button>
    </p>
    ${sessions === undefined
      ? html`<p role="status">${msg('Loading your situations…')}</p>`
      : sessions.length === 0
        ? html`<sammen-empty-state heading=${msg('No saved situations yet')} .level=${headingLevel(level, 1)}>
            ${msg('Start a new situation, or open the worked example to see how the triangle is used.')}
          </sammen-empty-state>`
        : html`<ul class="list__items">
            ${sortSessions(sessions).map((session) => {
              const { done, total } = sessionProgress(session, DEFAULT_PROMPT_IDS);
              const title = session.title.trim() || msg('Untitled situation');
              return html`<li class="list__item">
                <div>
                  <strong class="list__title">${title}</strong>
                  <span class="muted">${msg(str`Changed ${format.format(new Date(session.updatedAt))}`)} · ${msg(str`${done} of ${total} parts done`)}</span>
                </div>
                <span class="list__buttons">
                  <sammen-button variant="secondary" label=${msg(str`Open: ${title}`)} @click=${() => actions.open(session.id)}>${msg('Open')}</sammen-button>
                  <sammen-icon-button icon="trash" label=${msg(str`Delete: ${title}`)} @click=${() => actions.remove(session)}></sammen-icon-button>
                </span>
              </li>`;
            })}
          </ul>`}
  </div>`;
}
