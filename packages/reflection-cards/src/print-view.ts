// What is printed: every card, one per half page with dashed cut lines, or the session's notes
// as a handout. Rendered only while printing; the print stylesheet hides everything else.
import { html, nothing, type TemplateResult } from 'lit';
import { heading, headingLevel } from '@sammen/core';
import { msg, str } from '@lit/localize';
import { renderQuestions, renderStatement } from './card-content.js';
import { shownText } from '@sammen/core';
import { cardNotes, noteOf, progress } from './session-notes.js';
import type { DeckViewModel, PrintMode } from './view-model.js';

function printCards(view: DeckViewModel): TemplateResult {
  return html`<div class="print print--cards">
    ${view.entries.map(({ card, theme }) => {
      const title = shownText(card.title, view.lang);
      return html`<article class="print-card">
        <p class="focus__theme">${theme.number}. ${shownText(theme.title, view.lang).text}</p>
        ${heading(headingLevel(view.headingLevel, 1), title.text, { lang: title.lang, dir: title.dir })}
        ${renderStatement(card, view.lang)} ${renderQuestions(card, view.lang)}
      </article>`;
    })}
  </div>`;
}

function printNotes(view: DeckViewModel): TemplateResult {
  const deckTitle = shownText(view.deck.title, view.lang);
  const { discussed, total } = progress(view.notes, view.entries.map((entry) => entry.card.id));
  return html`<div class="print print--notes">
    ${heading(headingLevel(view.headingLevel), deckTitle.text, { lang: deckTitle.lang, dir: deckTitle.dir })}
    <p>${msg(str`${discussed} of ${total} discussed`)}</p>
    ${view.entries.map(({ card }) => {
      const state = cardNotes(view.notes, card.id);
      const title = shownText(card.title, view.lang);
      return html`<section class="print-notes__card">
        ${heading(headingLevel(view.headingLevel, 1), `${title.text} — ${state.discussed ? msg('Discussed') : msg('Not discussed yet')}`, { lang: title.lang })}
        ${renderQuestions(card, view.lang, (question) => {
          const note = noteOf(state, question.id).trim();
          return note ? html`<p class="print-notes__note" dir="auto">${note}</p>` : nothing;
        })}
      </section>`;
    })}
  </div>`;
}

export function renderPrint(view: DeckViewModel, mode: PrintMode | undefined): TemplateResult | typeof nothing {
  if (mode === 'cards') return printCards(view);
  if (mode === 'notes' && view.notes) return printNotes(view);
  return nothing;
}
