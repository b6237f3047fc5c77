// The language stories show content in the page's language (a Nynorsk page shows our Bokmål
// examples, which have no Nynorsk text), and a second-language column shows no words in the UI language: stories are the fixtures, rendered the way Storybook renders them
// (with the story's `lang` global on <html lang>).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import type { StoryObj } from '@storybook/web-components-vite';
import { loadExampleChangeModel, loadExampleDeck, loadExampleGroup, loadWorkedCase } from '@sammen/content';
import { activeLocale } from '@sammen/core';
import { resolveText, type LocalizedText } from '@sammen/sdk';
import * as deckStories from '../stories/reflection-cards/reflection-deck.stories.js';
import * as triangleStories from '../stories/perspective-triangle/perspective-triangle.stories.js';
import * as changeModelStories from '../stories/change-model/change-model.stories.js';
import * as relationMapStories from '../stories/relation-map/relation-map.stories.js';

type Args = Record<string, unknown>;
type Widget = HTMLElement & { loaded: Promise<unknown>; updateComplete: Promise<unknown> };
type Lang = 'da' | 'nb' | 'nn' | 'en';
const LANGS: Lang[] = ['da', 'nb', 'nn', 'en'];

const words = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** What a person reads in `root`: its text and the values of its fields, through every shadow root. */
function readable(root: Node): string {
  if (root.nodeType === Node.TEXT_NODE) return root.textContent ?? '';
  const element = root as HTMLElement;
  if (element.localName === 'style' || element.localName === 'script') return '';
  const value = element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? ` ${element.value} ` : '';
  const shadow = element.shadowRoot ? ` ${readable(element.shadowRoot)} ` : '';
  return value + shadow + [...root.childNodes].map(readable).join('');
}

/** Renders `story` of `meta` as Storybook does, in the story's page language, and waits until it is ready. */
async function renderStory(meta: { render?: unknown; args?: Args }, story: StoryObj<Args>, tag: string): Promise<Widget> {
  const lang = String(story.globals?.lang ?? 'da');
  document.documentElement.lang = lang;
  const args = { ...(meta.args ?? {}), ...(story.args ?? {}) };
  const renderer = (story.render ?? meta.render) as (args: Args, context: unknown) => TemplateResult | Node;
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const output = renderer(args, { args, globals: story.globals ?? {} });
  if (output instanceof Node) host.append(output);
  else render(output, host);
  await waitUntil(() => host.querySelector(tag), 'the story renders its widget', { timeout: 5000 });
  const widget = host.querySelector<Widget>(tag)!;
  await waitUntil(() => activeLocale() === lang, `the page's language (${lang}) is active`);
  await widget.loaded;
  await widget.updateComplete;
  return widget;
}

/** The texts of the other languages, leaving out any equal to `lang`'s (Nynorsk shows the Bokmål example). */
const othersThan = (texts: string[], lang: Lang) => texts.filter((text) => text !== texts[LANGS.indexOf(lang)]);

/** Waits until `widget` shows `text`, then checks that none of `others` is shown. */
async function showsOnly(widget: Widget, text: string, others: string[]): Promise<void> {
  const shown = () => words(readable(widget.shadowRoot!));
  await waitUntil(() => shown().includes(text), `shows “${text}”`, { timeout: 5000 }).catch(() => {
    throw new Error(`expected “${text}” in: ${shown().slice(0, 300)}`);
  });
  expect(others.filter((other) => shown().includes(other))).to.deep.equal([]);
}

describe('stories in each language show content in that language', () => {
  after(() => {
    document.documentElement.lang = 'da';
  });

  const language: Record<Lang, string> = { da: 'Danish', nb: 'Norwegian', nn: 'Nynorsk', en: 'English' };
  for (const lang of LANGS) {
    it(`the perspective triangle's ${language[lang]} story shows the worked case in ${lang}`, async () => {
      const titles = await Promise.all(LANGS.map(async (l) => ((await loadWorkedCase(l)) as { title: string }).title));
      const story = (triangleStories as unknown as Record<string, StoryObj<Args>>)[language[lang]]!;
      const widget = await renderStory(triangleStories.default as never, story, 'sammen-perspective-triangle');
      await showsOnly(widget, titles[LANGS.indexOf(lang)]!, othersThan(titles, lang));
      widget.closest('div')!.remove();
    });

    it(`the change model's ${language[lang]} story shows the example model in ${lang}`, async () => {
      const model = (await loadExampleChangeModel()) as { title: LocalizedText };
      const titles = LANGS.map((l) => resolveText(model.title, l));
      const story = (changeModelStories as unknown as Record<string, StoryObj<Args>>)[language[lang]]!;
      const widget = await renderStory(changeModelStories.default as never, story, 'sammen-change-model');
      await showsOnly(widget, titles[LANGS.indexOf(lang)]!, othersThan(titles, lang));
      widget.closest('div')!.remove();
    });

    it(`the relation map's ${language[lang]} story shows the example group in ${lang}`, async () => {
      const titles = await Promise.all(LANGS.map(async (l) => ((await loadExampleGroup(l)) as { title: string }).title));
      const story = (relationMapStories as unknown as Record<string, StoryObj<Args>>)[language[lang]]!;
      const widget = await renderStory(relationMapStories.default as never, story, 'sammen-relation-map');
      await showsOnly(widget, titles[LANGS.indexOf(lang)]!, othersThan(titles, lang));
      widget.closest('div')!.remove();
    });

    it(`the reflection deck's ${language[lang]} story shows the example deck in ${lang}`, async () => {
      const deck = (await loadExampleDeck()) as { themes: { title: LocalizedText }[] };
      const themeTitles = LANGS.map((l) => resolveText(deck.themes[0]!.title, l));
      const story = (deckStories as unknown as Record<string, StoryObj<Args>>)[language[lang]]!;
      const widget = await renderStory(deckStories.default as never, story, 'sammen-reflection-deck');
      await showsOnly(widget, themeTitles[LANGS.indexOf(lang)]!, othersThan(themeTitles, lang));
    });
  }

  it('the Arabic column of a Danish deck labels who said it in Arabic, never in Danish', async () => {
    const widget = await renderStory(deckStories.default as never, deckStories.SecondLanguageArabic as StoryObj<Args>, 'sammen-reflection-deck');
    await waitUntil(() => widget.shadowRoot!.querySelector('[part="second-language"]'), 'the Arabic column');
    const column = widget.shadowRoot!.querySelector<HTMLElement>('[part="second-language"]')!;
    const caption = column.querySelector('figcaption')!;
    expect(caption, 'who said it, in the Arabic column').to.exist;
    expect(caption.lang).to.equal('ar');
    expect(caption.dir).to.equal('rtl');
    expect(words(caption.textContent)).to.match(/[\u0600-\u06FF]/, 'Arabic script');
    expect(words(column.textContent)).not.to.match(/sagt af|said by/);
    // The Danish column keeps its Danish label.
    expect(words(widget.shadowRoot!.querySelector('figcaption')!.textContent)).to.equal('sagt af forældre');
  });
});
