// The one-page summary: situation, the three perspectives, shared understanding, next steps.
// Shown on screen as a review and printed on one A4 page.
import { html, nothing, type TemplateResult } from 'lit';
import type { RefOrCallback } from 'lit/directives/ref.js';
import { msg } from '@lit/localize';
import { entryOf, PERSPECTIVE_IDS, type PerspectiveSession } from '@sammen/sdk';
import { DEFAULT_HEADING_LEVEL, heading, headingLevel } from '@sammen/core';
import { partLabel, promptsOf } from './perspective-texts.js';

/** The summary (`headingRef` lets the element move focus to its title when it opens); its title at `level` (the widget's `heading-level`), its sections one below. */
export function renderSummary(session: PerspectiveSession, lang: string, level: number = DEFAULT_HEADING_LEVEL, headingRef?: RefOrCallback): TemplateResult {
  const sub = headingLevel(level, 1);
  return html`<article class="summary" part="summary" aria-labelledby="summary-title">
    ${heading(headingLevel(level), session.title.trim() || msg('Untitled situation'), { id: 'summary-title', tabindex: -1, ref: headingRef })}
    ${session.description.trim() ? html`<p class="summary__description">${session.description}</p>` : nothing}
    <div class="summary__perspectives">
      ${PERSPECTIVE_IDS.map((perspective) => {
        const answers = session.perspectives[perspective].answers;
        const answered = promptsOf(session, perspective, lang).filter((prompt) => (entryOf(answers, prompt.id) ?? '').trim() !== '');
        return html`<section class="summary__perspective">
          ${heading(sub, partLabel(session, perspective, lang))}
          ${answered.length === 0
            ? html`<p class="muted">${msg('Nothing written yet.')}</p>`
            : html`<dl>
                ${answered.map((prompt) => html`<dt>${prompt.text}</dt><dd>${entryOf(answers, prompt.id)}</dd>`)}
              </dl>`}
        </section>`;
      })}
    </div>
    <section class="summary__centre">
      ${heading(sub, msg('Shared understanding'))}
      <p>${session.sharedUnderstanding.trim() || html`<span class="muted">${msg('Nothing written yet.')}</span>`}</p>
      ${heading(sub, msg('Next steps'))}
      ${session.nextSteps.length === 0
        ? html`<p class="muted">${msg('No next steps yet.')}</p>`
        : html`<ol class="summary__steps">
            ${session.nextSteps.map(
              (step) => html`<li>
                <span>${step.done ? msg('Done:') : msg('To do:')}</span> ${step.text}
                ${step.who ? html`<span class="muted">— ${msg('Who')}: ${step.who}</span>` : nothing}
                ${step.due ? html`<span class="muted">— ${msg('By when')}: ${step.due}</span>` : nothing}
              </li>`,
            )}
          </ol>`}
    </section>
  </article>`;
}
