// What the drawing's styles promise, seen from outside (issue 16, found by outside QA):
// - a tie's quality is drawn as a pattern, not colour alone: a strained tie was drawn exactly like
//   a good one, because the only rule for it was `.tie--negative`, a class no line ever had. So every
//   class a line can have has a rule, and no `.tie--…` rule waits for a class no line has;
// - in forced colours no text in the drawing has a stroke painted over its letters (a Canvas stroke
//   hollowed out the initials in the circles and the sector names);
// - at 320 px the ring round a child no one chose shrinks with their circle (it stayed ~42 px round
//   a ~22 px circle and ran into the neighbours).
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { TIE_QUALITIES } from '@sammen/sdk';
import { smallGroup, smallNetwork } from '../../../stories/relation-map/map-fixtures.js';
import { tieClasses } from '../src/drawing-view.js';
import { drawingStyles } from '../src/drawing.styles.js';
import { MapHarness } from './harness.js';

before(() => {
  document.documentElement.lang = 'da';
});

/** The classes that rules with declarations select, in every @media and @container block. */
function styledClasses(): Set<string> {
  const found = new Set<string>();
  const walk = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule && rule.style.length > 0) {
        for (const [, name] of rule.selectorText.matchAll(/\.([\w-]+)/g)) found.add(name!);
      }
      if (rule instanceof CSSGroupingRule) walk(rule.cssRules);
    }
  };
  walk(drawingStyles.styleSheet!.cssRules);
  return found;
}

/** Every class tieClasses() can give a line: each quality, each strength, highlighted or not. */
function everyTieClass(): Set<string> {
  const classes = new Set<string>();
  for (const quality of [undefined, ...TIE_QUALITIES]) {
    for (const strength of [1, 2, 3]) {
      for (const highlighted of [false, true]) {
        for (const name of tieClasses({ quality, strength }, highlighted).split(/\s+/)) classes.add(name);
      }
    }
  }
  return classes;
}

/** The dash pattern each drawn line has, by its ends (`from>to`). */
function dashes(map: MapHarness): Map<string, string> {
  return new Map(
    [...map.root.querySelectorAll<SVGLineElement>('svg.drawing__svg line.tie')].map((line) => [`${line.dataset.from}>${line.dataset.to}`, getComputedStyle(line).strokeDasharray]),
  );
}

/**
 * Runs `check` with the drawing's `@media (forced-colors: active)` rules in force. Applied by hand,
 * after the drawing's own styles: `emulateMedia({ forcedColors })` from @web/test-runner-commands
 * does nothing under the Chrome launcher (its puppeteer branch passes only colour scheme and
 * reduced motion on), so a check run inside it would see the ordinary colours.
 */
async function withForcedColours(map: MapHarness, check: () => void | Promise<void>): Promise<void> {
  const forced = [...drawingStyles.styleSheet!.cssRules].filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'));
  expect(forced, 'a forced-colours block').to.have.length(1);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync([...forced[0]!.cssRules].map((rule) => rule.cssText).join('\n'));
  const root = map.root;
  const before = root.adoptedStyleSheets;
  root.adoptedStyleSheets = [...before, sheet];
  try {
    await check();
  } finally {
    root.adoptedStyleSheets = before;
  }
}

describe('<sammen-relation-map> drawing styles', () => {
  it('every class a tie’s line can have is styled, and no tie rule styles a class no line has', () => {
    const styled = styledClasses();
    const emitted = everyTieClass();
    expect([...emitted].filter((name) => !styled.has(name)), 'classes a line can have without a rule').to.deep.equal([]);
    expect([...styled].filter((name) => name.startsWith('tie--') && !emitted.has(name)), 'rules for classes no line has').to.deep.equal([]);
  });

  it('a good tie is solid; a mixed and a strained tie are dashed, each its own way, also in forced colours', async () => {
    // smallNetwork: A.–Mor good (no quality given), A.–Mormor mixed, Mor–PPR strained.
    const map = await MapHarness.mount(html`<sammen-relation-map .map=${smallNetwork}></sammen-relation-map>`);
    const check = () => {
      const drawn = dashes(map);
      const [good, mixed, strained] = [drawn.get('a>mor'), drawn.get('a>mormor'), drawn.get('mor>ppr')];
      expect(good, 'good').to.equal('none');
      expect(mixed, 'mixed').to.not.equal('none');
      expect(strained, 'strained').to.not.equal('none');
      expect(strained, 'strained unlike mixed').to.not.equal(mixed);
    };
    check();
    await withForcedColours(map, check);
  });

  it('the key under the drawing explains each mark the drawing has, drawn with the same styles', async () => {
    // Found from the outside: the key explained the double ring only; line widths, arrows, dashes,
    // the service's dashed circle and the few-close-adults ring were left to guess.
    const keyTexts = (map: MapHarness) => [...map.root.querySelectorAll('[part="key"] li')].map((item) => item.textContent!.trim());
    const network = await MapHarness.mount(html`<sammen-relation-map .map=${smallNetwork}></sammen-relation-map>`);
    expect(network.root.querySelector('[part="key"]')!.getAttribute('aria-label')).to.equal('Forklaring til tegningen');
    expect(keyTexts(network)).to.deep.equal([
      'Tykkere streg: en stærkere relation',
      'Pil: den ene vej; ingen pil: begge veje',
      'Lange streger: en blandet relation',
      'Korte røde streger: en anstrengt relation',
      'Stiplet cirkel: en fagperson eller et tilbud',
    ]);
    // The key's samples are the drawing's own classes: its mixed and strained lines dash as the
    // drawing's do (the same pattern; the drawing's dash lengths follow its zoom, the key's do not).
    const drawn = dashes(network);
    const pattern = (dasharray: string | undefined) => {
      const [dash, gap] = (dasharray ?? '').split(',').map((value) => parseFloat(value));
      return (dash! / gap!).toFixed(2);
    };
    const sample = (quality: string) => getComputedStyle(network.root.querySelector(`[part="key"] line.tie--${quality}`)!).strokeDasharray;
    expect(pattern(sample('mixed'))).to.equal(pattern(drawn.get('a>mormor')));
    expect(pattern(sample('strained'))).to.equal(pattern(drawn.get('mor>ppr')));
    expect(getComputedStyle(network.root.querySelector('[part="key"] .key__circle--service')!).strokeDasharray).to.not.equal('none');
    // smallGroup's autumn round: no one chose Dan; with the closeness layer every child has few close adults.
    const group = await MapHarness.mount(html`<sammen-relation-map .map=${smallGroup}></sammen-relation-map>`);
    expect(keyTexts(group)).to.have.length(3);
    expect(keyTexts(group)[2]).to.contain('et barn at invitere ind');
    await group.press('Nærhed voksen–barn');
    expect(keyTexts(group)[3]).to.equal('En stiplet ring: et barn med få nære voksne');
    expect(getComputedStyle(group.root.querySelector('[part="key"] .flag')!).strokeDasharray).to.not.equal('none');
  });

  it('no text in the drawing has a stroke painted over its letters, in forced colours or not', async () => {
    const map = await MapHarness.mount(html`<sammen-relation-map .map=${smallNetwork}></sammen-relation-map>`);
    const strokedOverLetters = () =>
      [...map.root.querySelectorAll<SVGTextElement>('svg.drawing__svg text')]
        .filter((text) => {
          const style = getComputedStyle(text);
          return style.stroke !== 'none' && !style.paintOrder.startsWith('stroke');
        })
        .map((text) => `${text.getAttribute('class')} “${text.textContent}”`);
    // The three kinds of text: initials in a circle, a person's name, a sector's name.
    for (const kind of ['.node__symbol', '.node__label', '.sector-label']) expect(map.root.querySelector(`svg.drawing__svg ${kind}`), kind).to.exist;
    expect(strokedOverLetters()).to.deep.equal([]);
    await withForcedColours(map, () => {
      // The sector names get a Canvas halo there (they cross the rings and sector lines)…
      expect(getComputedStyle(map.root.querySelector('.sector-label')!).stroke).to.not.equal('none');
      // …under their letters, as every other text's.
      expect(strokedOverLetters()).to.deep.equal([]);
    });
  });

  describe('at 320 px', () => {
    after(async () => {
      await setViewport({ width: 800, height: 600 });
    });

    it('the ring round a child no one chose keeps its place round their circle, and outside the few-close-adults ring', async () => {
      // smallGroup's autumn round (shown): no one chose Dan, and with the closeness layer on every
      // child is flagged for few close adults.
      const proportions = async () => {
        const map = await MapHarness.mount(html`<sammen-relation-map .map=${smallGroup}></sammen-relation-map>`);
        const width = (selector: string) => map.root.querySelector(`.node--invite ${selector}`)!.getBoundingClientRect().width;
        expect(map.proxy('Dan').dataset.person).to.equal(map.root.querySelector('.node--invite')?.getAttribute('data-person'));
        const ringToCircle = width('.invite') / width('.node__circle');
        // Narrow, the layer's button is under "More tools", as for a person there.
        if (getComputedStyle(map.button('Flere værktøjer')!).display !== 'none') await map.press('Flere værktøjer');
        await map.press('Nærhed voksen–barn');
        expect(map.root.querySelector('.node--invite.node--flagged'), 'Dan flagged').to.exist;
        const ringToFlag = width('.invite') / width('.flag');
        return { ringToCircle, ringToFlag };
      };
      await setViewport({ width: 800, height: 600 });
      const wide = await proportions();
      await setViewport({ width: 320, height: 800 });
      const narrow = await proportions();
      expect(narrow.ringToCircle, 'ring / circle at 320 px (800 px: ' + wide.ringToCircle.toFixed(3) + ')').to.be.closeTo(wide.ringToCircle, 0.02);
      expect(narrow.ringToFlag, 'ring / flag at 320 px (800 px: ' + wide.ringToFlag.toFixed(3) + ')').to.be.closeTo(wide.ringToFlag, 0.02);
    });
  });
});
