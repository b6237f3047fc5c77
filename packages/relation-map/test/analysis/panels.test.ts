// The analysis and compare-rounds panels as a person reads them: careful Danish and Norwegian
// words, initials only in presentation mode, hostile names as text, and no axe violations.
import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { setUiLocale, useTranslations } from '@sammen/core';
import { loadExampleGroup, loadExampleNetwork } from '@sammen/content';
import { parseRelationMap, type RelationMap } from '@sammen/sdk';
import { renderAnalysisPanel, renderComparePanel } from '../../src/panels/index.js';
import { translations } from '../../src/generated/translations.js';
import { translations as panelsTranslations } from '../../src/generated/parts/panels/translations.js';

// The panels are rendered here without their element and its part loader, which would bring the
// package's strings and the panels part's own (locale-parts.mjs).
useTranslations(translations);
useTranslations(panelsTranslations);

const words = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

async function example(load: (lang: string) => Promise<unknown>, lang = 'da'): Promise<RelationMap> {
  const parsed = parseRelationMap(await load(lang));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

async function show(template: unknown): Promise<HTMLElement> {
  const host = await fixture<HTMLElement>(html`<main></main>`);
  render(template, host);
  return host;
}

describe('analysis and compare panels', () => {
  afterEach(() => setUiLocale('da'));

  it('says in Danish who no one chose, as a child to invite in, with the summary sentence', async () => {
    await setUiLocale('da');
    const map = await example(loadExampleGroup);
    const panel = await show(renderAnalysisPanel(map, map.rounds[0]!));
    const text = words(panel);
    expect(panel.querySelector('.summary')!.textContent).to.equal('22 børn, 35 valg, 3 børn som ingen valgte');
    expect(text).to.contain('Ingen valgte Cille som legekammerat i denne runde — et barn at invitere ind.');
    expect(text).to.contain('Alba, Bjørn og Dina');
    expect(text).to.contain('Ingen voksen kender Ivar godt endnu');
    expect(text).not.to.match(/isoler|upopulær/i);
    expect(panel.querySelector('h3')!.textContent).to.equal('Det viser Forår 2026');
    await expect(panel).to.be.accessible();
  });

  it('says in Norwegian what changed from spring to autumn', async () => {
    await setUiLocale('nb');
    const map = await example(loadExampleGroup, 'nb');
    const panel = await show(renderComparePanel(map, map.rounds[0]!, map.rounds[1]!));
    const text = words(panel);
    expect(text).to.contain('Ingen valgte Cille i Vår 2026; i Høst 2026 gjorde noen det.');
    expect(text).to.contain('Ingen valgte Pil i noen av rundene — fortsatt et barn å invitere inn.');
    expect(text).to.contain('Cille og Ulla: leker med, gjensidig, styrke 2');
    expect(text).to.contain('Emil og Freja: leker med, gjensidig, styrke 3 (var 2)');
    await expect(panel).to.be.accessible();
  });

  it('says a one-way choice that became mutual once, as one tie that now goes both ways', async () => {
    await setUiLocale('da');
    const map = await example(loadExampleGroup);
    const panel = await show(renderComparePanel(map, map.rounds[0]!, map.rounds[1]!));
    const changed = words(panel.querySelector('[part="compare-changed"]')!);
    expect(changed).to.contain('Alba og Otto: leger med, gensidigt, styrke 2 (før: Otto til Alba: leger med, envejs, styrke 1)');
    expect(words(panel.querySelector('[part="compare-new"]')!)).not.to.contain('Otto');
    expect(words(panel)).not.to.contain('Alba til Otto');
    expect(words(panel)).not.to.contain('Otto til Alba: leger med, envejs, styrke 2');
  });

  it('shows initials only in presentation mode', async () => {
    await setUiLocale('da');
    const map = await example(loadExampleGroup);
    const panel = await show(renderComparePanel(map, map.rounds[0]!, map.rounds[1]!, { presentation: true }));
    expect(words(panel)).to.contain('Ingen valgte C i Forår 2026');
    expect(words(panel)).not.to.contain('Cille');
  });

  it('a round compared with itself says nothing changed', async () => {
    await setUiLocale('da');
    const map = await example(loadExampleGroup);
    const panel = await show(renderComparePanel(map, map.rounds[1]!, map.rounds[1]!));
    expect(words(panel)).to.contain('Intet ændrede sig mellem de to runder.');
    expect(panel.querySelectorAll('li')).to.have.length(1, 'only Pil, still a child to invite in');
  });

  it('in network mode names the strained and mixed ties and who is closest', async () => {
    await setUiLocale('da');
    const map = await example(loadExampleNetwork);
    const panel = await show(renderAnalysisPanel(map, map.rounds[0]!, { headingLevel: 2 }));
    expect(panel.querySelector('.summary')!.textContent).to.equal('12 personer, 11 relationer, 1 anstrengt relation');
    expect(words(panel)).to.contain('Sagsbehandler, børne- og familieafdelingen og A. (4 år): faglig, anstrengt');
    expect(panel.querySelectorAll('h3').length).to.be.greaterThan(0);
    await expect(panel).to.be.accessible();
  });

  it('renders a hostile name as text', async () => {
    await setUiLocale('en');
    const map = await example(loadExampleGroup, 'en');
    map.people[2] = { ...map.people[2]!, label: '<img src=x onerror="window.hacked=1">' };
    const panel = await show(renderAnalysisPanel(map, map.rounds[0]!));
    expect(words(panel)).to.contain('No one chose <img src=x onerror="window.hacked=1"> as a playmate in this round — a child to invite in.');
    expect(panel.querySelector('img')).to.equal(null);
  });
});
