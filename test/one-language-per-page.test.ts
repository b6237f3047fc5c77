// One language per page: a widget's language story, loaded fresh into a page in Danish, Norwegian
// (Bokmål or Nynorsk) or English, never paints UI text in another language — not on its first paint, not while its
// locale module is still loading, not when it reports ready. Each load is a new iframe (a new module graph, so a
// new @lit/localize state with nothing loaded yet), as a reload in Storybook or a host page is.
import { expect } from '@open-wc/testing';

const RELOADS = 20;
const LANGS = ['da', 'nb', 'nn', 'en'] as const;
type Lang = (typeof LANGS)[number];

/** Each widget's language stories (`Danish`, `Norwegian`, `Nynorsk`, `English`, with the page's `lang` global). */
const WIDGETS = [
  { tag: 'sammen-reflection-deck', stories: 'reflection-cards/reflection-deck', translations: 'reflection-cards' },
  { tag: 'sammen-perspective-triangle', stories: 'perspective-triangle/perspective-triangle', translations: 'perspective-triangle' },
  { tag: 'sammen-change-model', stories: 'change-model/change-model', translations: 'change-model' },
  { tag: 'sammen-relation-map', stories: 'relation-map/relation-map', translations: 'relation-map' },
] as const;
const STORY: Record<Lang, string> = { da: 'Danish', nb: 'Norwegian', nn: 'Nynorsk', en: 'English' };

type Widget = HTMLElement & { loaded: Promise<unknown>; updateComplete: Promise<unknown> };

/**
 * Every UI string that exists in exactly one language (from the translation files: English
 * source → Danish / Bokmål / Nynorsk), without placeholders: a text node equal to one of them is UI text
 * in that language.
 */
async function onlyInLanguage(packages: readonly string[]): Promise<Record<Lang, Set<string>>> {
  const byLang: Record<Lang, Set<string>> = { da: new Set(), nb: new Set(), nn: new Set(), en: new Set() };
  for (const pkg of packages) {
    const da = (await (await fetch(`/packages/${pkg}/translations/da.json`)).json()) as Record<string, string>;
    const nb = (await (await fetch(`/packages/${pkg}/translations/nb.json`)).json()) as Record<string, string>;
    const nn = (await (await fetch(`/packages/${pkg}/translations/nn.json`)).json()) as Record<string, string>;
    for (const [en, daText] of Object.entries(da)) {
      const texts: Record<Lang, string> = { en, da: daText, nb: nb[en] ?? '', nn: nn[en] ?? '' };
      for (const lang of LANGS) {
        const text = texts[lang];
        const shared = LANGS.some((other) => other !== lang && texts[other] === text);
        if (text && !text.includes('${') && !shared) byLang[lang].add(text);
      }
    }
  }
  return byLang;
}

/** The trimmed text nodes of `root` and of every shadow root below it. */
function textNodes(root: Node, out: string[] = []): string[] {
  for (const child of root.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      const text = child.textContent!.replace(/\s+/g, ' ').trim();
      if (text) out.push(text);
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      const element = child as Element;
      if (element.localName === 'style' || element.localName === 'script') continue;
      // People's names and initials (translate="no": a pseudonym such as Liv, Pil or "To" from Tove
      // is content, in no UI language).
      if (element.getAttribute('translate') === 'no') continue;
      if (element.shadowRoot) textNodes(element.shadowRoot, out);
      textNodes(element, out);
    }
  }
  return out;
}

interface Load {
  /** Text nodes in another language than the page's, per painted frame. */
  wrong: string[];
  /** UI strings in the page's language seen once the widget reported ready. */
  right: string[];
}

/** Loads the `lang` story of `widget` into a fresh page in `lang` and watches every frame until it is ready. */
async function loadFresh(widget: (typeof WIDGETS)[number], lang: Lang, strings: Record<Lang, Set<string>>): Promise<Load> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 800px; block-size: 600px; border: 0';
  // <html lang> is set before anything loads, as Storybook's decorator and a host page do.
  frame.srcdoc = `<!doctype html><html lang="${lang}"><body><script type="module">
    import { mountStory } from '/test/support/mount-story.ts';
    mountStory('${widget.stories}', '${STORY[lang]}');
  </script></body></html>`;
  const wrong: string[] = [];
  // A Nynorsk page may show Bokmål content: our example documents have no Nynorsk text and fall
  // back to Bokmål (docs/localization.md). Bokmål UI text cannot reach it — a message missing from
  // the Nynorsk module falls back to the source, English, which is still checked.
  const others = LANGS.filter((other) => other !== lang && !(lang === 'nn' && other === 'nb'));
  const check = (moment: string) => {
    const root = frame.contentDocument?.querySelector(widget.tag)?.shadowRoot;
    if (!root) return [];
    const texts = textNodes(root);
    for (const text of texts) {
      for (const other of others) if (strings[other].has(text)) wrong.push(`${moment}: “${text}” (${other})`);
    }
    return texts;
  };
  let watching = true;
  let frames = 0;
  // A requestAnimationFrame callback runs right before the browser paints: what it sees is painted.
  const watch = () => {
    if (!watching) return;
    frames += 1;
    check(`frame ${frames}`);
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  document.body.append(frame);
  try {
    const element = await new Promise<Widget>((resolve, reject) => {
      const started = Date.now();
      const poll = () => {
        const found = frame.contentWindow?.customElements?.get(widget.tag) && frame.contentDocument!.querySelector<Widget>(widget.tag);
        if (found) resolve(found);
        else if (Date.now() - started > 10_000) reject(new Error(`${widget.tag} was never defined`));
        else setTimeout(poll, 5);
      };
      poll();
    });
    await element.loaded;
    await element.updateComplete;
    // The first paint after the widget reports ready.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const right = check('ready').filter((text) => strings[lang].has(text));
    return { wrong, right };
  } finally {
    watching = false;
    frame.remove();
  }
}

describe('one language per page', function () {
  // 4 widgets × 4 languages × 20 fresh page loads.
  this.timeout(300_000);

  for (const widget of WIDGETS) {
    for (const lang of LANGS) {
      it(`${widget.tag}: ${RELOADS} fresh loads of the ${STORY[lang]} story paint only ${lang} UI text`, async () => {
        const strings = await onlyInLanguage(['core', widget.translations]);
        const problems: string[] = [];
        for (let reload = 1; reload <= RELOADS; reload++) {
          const { wrong, right } = await loadFresh(widget, lang, strings);
          if (wrong.length > 0) problems.push(`load ${reload}: ${[...new Set(wrong)].slice(0, 3).join('; ')}`);
          else if (right.length < 2) problems.push(`load ${reload}: too little ${lang} UI text seen when ready (${right.join(', ')})`);
        }
        expect(problems, `${problems.length} of ${RELOADS} loads showed another language`).to.deep.equal([]);
      });
    }
  }
});
