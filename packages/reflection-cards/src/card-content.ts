// The text of one card, rendered in one language as a block with its own lang and dir. Used by
// the overview, focus mode (with notes fields slotted under each question) and the print view.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import { textDirection, type LocalizedText, type ReflectionCard, type ReflectionQuestion } from '@sammen/sdk';
import { shownText, type ShownText } from '@sammen/core';
import { saidByIn } from './said-by-labels.js';

/** Who said the statement, as a reader hears it. */
export function saidByText(saidBy: ReflectionCard['statement']['saidBy']): string {
  switch (saidBy) {
    case 'parents':
      return msg('said by parents');
    case 'professionals':
      return msg('said by professionals');
    default:
      return msg('said by parents and professionals');
  }
}

const attrs = (shown: ShownText) => ({ lang: ifDefined(shown.lang), dir: shown.dir });

/** One text as a span carrying its language and direction. */
export function textSpan(shown: ShownText, className = ''): TemplateResult {
  const { lang, dir } = attrs(shown);
  return html`<span class=${className} lang=${lang} dir=${dir}>${shown.text}</span>`;
}

// The markup below is written without whitespace between tags and with text set through
// `.textContent` (plain text, never parsed as HTML) rather than as child expressions: each child
// expression costs a comment marker and each line break a text node, which tripled the node count
// of a 200-card overview compared with hand-written DOM (issue 14, "A faster deck").

/**
 * The statement as a quotation, with who said it. In the UI language's column (`lang` is the UI
 * language) the caption is UI text; in a second language's column it is in that language, or
 * left out when Sammen has no words for it in that language (never the UI language's words).
 */
export function renderStatement(card: ReflectionCard, lang: string, uiLang: string = lang): TemplateResult {
  const statement = shownText(card.statement.text, lang);
  const caption = lang === uiLang ? saidByText(card.statement.saidBy) : saidByIn(card.statement.saidBy, lang);
  return html`<figure class="statement" part="statement"
    ><blockquote lang=${ifDefined(statement.lang)} dir=${statement.dir}><p .textContent=${statement.text}></p></blockquote
    >${caption ? html`<figcaption lang=${lang} dir=${textDirection(lang)} .textContent=${caption}></figcaption>` : nothing}</figure
  >`;
}

function renderSubItems(items: readonly LocalizedText[], lang: string): TemplateResult {
  return html`<ol class="sub-items">${items.map((item) => {
    const shown = shownText(item, lang);
    return html`<li lang=${ifDefined(shown.lang)} dir=${shown.dir} .textContent=${shown.text}></li>`;
  })}</ol>`;
}

/** The questions as a numbered list; `after(question)` adds e.g. a notes field under each. */
export function renderQuestions(
  card: ReflectionCard,
  lang: string,
  after?: (question: ReflectionQuestion, index: number) => unknown,
): TemplateResult {
  return html`<ol class="questions" part="questions">${card.questions.map((question, index) => {
    const text = shownText(question.text, lang);
    const more = question.items?.length ? renderSubItems(question.items, lang) : nothing;
    // Two literals rather than an optional part: the overview, with 200 cards, has no `after`.
    return after
      ? html`<li class="question"><p lang=${ifDefined(text.lang)} dir=${text.dir} .textContent=${text.text}></p>${more}${after(question, index)}</li>`
      : html`<li class="question"><p lang=${ifDefined(text.lang)} dir=${text.dir} .textContent=${text.text}></p>${more}</li>`;
  })}</ol>`;
}
