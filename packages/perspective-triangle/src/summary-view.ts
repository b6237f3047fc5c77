// The one-page summary: situation, the three perspectives, shared understanding, next steps.
// Shown on screen as a review and printed on one A4 page.
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { entryOf, PERSPECTIVE_IDS, type PerspectiveSession } from '@sammen/sdk';
import { partLabel, promptsOf } from './perspective-texts.js';

export function renderSummary(session: PerspectiveSession, lang: string): TemplateResult {
  return html`<article class="summary" part="summary" aria-labelledby="summary-title">
    <h3 id="summary-title">${session.title.trim() || msg('Untitled situation')}</h3>
    ${session.description.trim() ? html`<p class="summary__description">${session.description}</p>` : nothing}
    <div class="summary__perspectives">
      ${PERSPECTIVE_IDS.map((perspective) => {
        const answers = session.perspectives[perspective].answers;
        const answered = promptsOf(session, perspective, lang).filter((prompt) => (entryOf(answers, prompt.id) ?? '').trim() !== '');
        return html`<section class="summary__perspective">
          <h4>${partLabel(session, perspective, lang)}</h4>
          ${answered.length === 0
            ? html`<p class="muted">${msg('Nothing written yet.')}</p>`
            : html`<dl>
                ${answered.map((prompt) => html`<dt>${prompt.text}</dt><dd>${entryOf(answers, prompt.id)}</dd>`)}
              </dl>`}
        </section>`;
      })}
    </div>
    <section class="summary__centre">
      <h4>${msg('Shared understanding')}</h4>
      <p>${session.sharedUnderstanding.trim() || html`<span class="muted">${msg('Nothing written yet.')}</span>`}</p>
      <h4>${msg('Next steps')}</h4>
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
