// The text of one card, rendered in one language as a block with its own lang and dir. Used by
// the overview, focus mode (with notes fields slotted under each question) and the print view.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import type { ReflectionCard, ReflectionQuestion } from '@sammen/sdk';
import { shownText, type ShownText } from '@sammen/core';

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

/** The statement as a quotation, with who said it (in the UI language `uiLang`). */
export function renderStatement(card: ReflectionCard, lang: string, uiLang: string = lang): TemplateResult {
  const statement = shownText(card.statement.text, lang);
  return html`<figure class="statement" part="statement">
    <blockquote lang=${ifDefined(statement.lang)} dir=${statement.dir}><p>${statement.text}</p></blockquote>
    <figcaption lang=${uiLang} dir="auto">${saidByText(card.statement.saidBy)}</figcaption>
  </figure>`;
}

/** The questions as a numbered list; `after(question)` adds e.g. a notes field under each. */
export function renderQuestions(
  card: ReflectionCard,
  lang: string,
  after: (question: ReflectionQuestion, index: number) => unknown = () => nothing,
): TemplateResult {
  return html`<ol class="questions" part="questions">
    ${card.questions.map((question, index) => {
      const text = shownText(question.text, lang);
      return html`<li class="question">
        <p lang=${ifDefined(text.lang)} dir=${text.dir}>${text.text}</p>
        ${question.items?.length
          ? html`<ol class="sub-items">
              ${question.items.map((item) => {
                const shown = shownText(item, lang);
                return html`<li lang=${ifDefined(shown.lang)} dir=${shown.dir}>${shown.text}</li>`;
              })}
            </ol>`
          : nothing}
        ${after(question, index)}
      </li>`;
    })}
  </ol>`;
}
