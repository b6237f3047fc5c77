// A minimal widget built only from core's pieces, to test the controllers and the error view the
// way a real widget uses them.
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { parseReflectionDeck, resolveText, type ReflectionDeck } from '@sammen/sdk';
import { DocumentSourceController, LazyParser, SammenElement, define, renderErrorView } from '@sammen/core';

export const DEFAULT_TITLE = { da: 'Indbygget', nb: 'Innebygd', en: 'Built-in' };

export const deck = (title: ReflectionDeck['title'] = 'Fra egenskab'): ReflectionDeck => ({
  schema: 'sammen.reflection-deck/v1',
  id: 'test-deck',
  revision: 1,
  updatedAt: '2026-11-22T10:00:00.000Z',
  title,
  themes: [],
});

let nextParser: LazyParser<ReflectionDeck> | undefined;

/** The next `<sammen-test-widget>` created imports its parser with `parser`, as the real widgets do (once). */
export function useParser(parser: LazyParser<ReflectionDeck>): void {
  nextParser = parser;
}

function takeParser(): LazyParser<ReflectionDeck> | undefined {
  const parser = nextParser;
  nextParser = undefined;
  return parser;
}

export class TestWidget extends SammenElement {
  @property({ attribute: false }) deck?: unknown;
  @property() src?: string;
  /** Count of built-in loads, so tests can see precedence. */
  fallbackLoads = 0;

  readonly source = new DocumentSourceController<ReflectionDeck>(this, {
    parse: takeParser() ?? parseReflectionDeck,
    property: () => this.deck,
    src: () => this.src,
    fallback: () => {
      this.fallbackLoads += 1;
      return Promise.resolve(deck(DEFAULT_TITLE));
    },
  });

  override render() {
    if (this.source.error) return renderErrorView(this.source.error);
    const loaded = this.source.loaded;
    if (!loaded) return html`<p>…</p>`;
    return html`<h2>${resolveText(loaded.value.title, this.localeController.lang)}</h2>
      <p class="source">${loaded.source}</p>`;
  }
}
define('sammen-test-widget', TestWidget);

