// The fair baseline for the deck's first-render bench: the same cards with the same visible text
// and a button each, built by hand with DOM calls into a shadow root that adopts the deck's own
// stylesheets, so both sides pay for the same styles and the same layout. It has no toolbar, no
// validation and no framework: the deck is asked to come within 2× of this.
import { msg, str } from '@lit/localize';
import type { ReflectionDeck } from '@sammen/sdk';
import { shownText, type ShownText } from '../../core/src/shown-text.js';
import { saidByText } from '../src/card-content.js';
import { audienceText, settingText } from '../src/overview-view.js';

function element<K extends keyof HTMLElementTagNameMap>(parent: Node, tag: K, className?: string, shown?: ShownText): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (shown) {
    if (shown.lang) node.lang = shown.lang;
    node.dir = shown.dir;
    node.textContent = shown.text;
  }
  parent.appendChild(node);
  return node;
}

/** A host element whose shadow root shows every card of `deck` in `lang`, styled by `sheets`. */
export function handWrittenDeck(deck: ReflectionDeck, lang: string, sheets: CSSStyleSheet[]): HTMLElement {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  const screen = element(root, 'div', 'screen');
  const header = element(screen, 'header', 'header');
  element(header, 'h2', undefined, shownText(deck.title, lang));
  const overview = element(screen, 'div', 'overview');
  let index = 0;
  for (const theme of deck.themes) {
    const section = element(overview, 'section', 'theme');
    const heading = element(section, 'h3', undefined, shownText(theme.title, lang));
    heading.prepend(Object.assign(document.createElement('span'), { className: 'theme__number', textContent: `${theme.number}. ` }));
    element(section, 'p', 'theme__intro', shownText(theme.intro, lang));
    element(section, 'p', 'theme__count').textContent = msg(str`${theme.cards.length} cards`);
    const list = element(section, 'ul', 'cards');
    for (const card of theme.cards) {
      const article = element(element(list, 'li', 'card-item'), 'article', 'card');
      const language = element(element(article, 'div', 'card__languages'), 'div', 'card__language');
      const title = shownText(card.title, lang);
      element(language, 'h4', 'card__title', title).id = `card-${index}-title`;
      article.setAttribute('aria-labelledby', `card-${index}-title`);
      const figure = element(language, 'figure', 'statement');
      element(element(figure, 'blockquote'), 'p', undefined, shownText(card.statement.text, lang));
      element(figure, 'figcaption').textContent = saidByText(card.statement.saidBy);
      const questions = element(language, 'ol', 'questions');
      for (const question of card.questions) {
        const item = element(questions, 'li', 'question');
        element(item, 'p', undefined, shownText(question.text, lang));
        if (question.items?.length) {
          const sub = element(item, 'ol', 'sub-items');
          for (const text of question.items) element(sub, 'li', undefined, shownText(text, lang));
        }
      }
      const facets = element(article, 'p', 'card__facets');
      element(facets, 'span').textContent = audienceText(card.audience);
      for (const setting of card.settings) element(facets, 'span').textContent = settingText(setting);
      const button = element(element(article, 'div', 'card__actions'), 'button', 'card__open');
      button.type = 'button';
      button.setAttribute('aria-label', msg(str`Open card: ${title.text}`));
      button.textContent = msg('Open card');
      index += 1;
    }
  }
  return host;
}
