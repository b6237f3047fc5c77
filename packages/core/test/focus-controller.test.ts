import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, expectFocusKept } from '../test-suites/widget-harness.js';
import type { TestFocusGrid } from './support/focus-grid.js';
import './support/focus-grid.js';

const focusedText = () => deepActiveElement()?.textContent?.trim();
const press = async (grid: TestFocusGrid, key: string) => {
  await sendKeys({ press: key });
  await grid.updateComplete;
  await grid.updateComplete;
};

describe('FocusController and FocusKeeper', () => {
  it('a grid is one tab stop; arrows move by cell and row, mirrored in right-to-left; Home/End; Escape calls back', async () => {
    const before = await fixture<HTMLButtonElement>(html`<button>before</button>`);
    const grid = await fixture<TestFocusGrid>(html`<sammen-test-focus-grid></sammen-test-focus-grid>`);
    before.focus();
    await press(grid, 'Tab');
    expect(focusedText()).to.equal('a');
    expect(grid.shadowRoot!.querySelectorAll('button[tabindex="0"]')).to.have.length(1);
    await press(grid, 'ArrowRight');
    expect(focusedText()).to.equal('b');
    await press(grid, 'ArrowDown');
    expect(focusedText()).to.equal('e');
    await press(grid, 'ArrowRight');
    await press(grid, 'ArrowRight');
    expect(focusedText()).to.equal('f', 'the row ends at f');
    await press(grid, 'End');
    expect(focusedText()).to.equal('g');
    await press(grid, 'Home');
    expect(focusedText()).to.equal('a');
    expect(grid.shadowRoot!.querySelector('button[tabindex="0"]')!.textContent).to.equal('a', 'the tab stop follows focus');
    await press(grid, 'Escape');
    expect(grid.escapes).to.equal(1);
    grid.dir = 'rtl';
    await press(grid, 'ArrowLeft');
    expect(focusedText()).to.equal('b', 'in right-to-left text ← goes forward');
  });

  it('keys go from the item they are pressed on, even one focused by a click', async () => {
    const grid = await fixture<TestFocusGrid>(html`<sammen-test-focus-grid></sammen-test-focus-grid>`);
    (grid.shadowRoot!.querySelectorAll('button')[4] as HTMLButtonElement).focus();
    await press(grid, 'ArrowUp');
    expect(focusedText()).to.equal('b');
  });

  it('when the focused item goes away, focus moves to the fallback, never to <body>', async () => {
    const grid = await fixture<TestFocusGrid>(html`<sammen-test-focus-grid></sammen-test-focus-grid>`);
    await grid.roving.focus('c');
    expect(focusedText()).to.equal('c');
    grid.items = ['a', 'b'];
    await grid.updateComplete;
    await expectFocusKept('removing the focused item');
    expect(focusedText()).to.equal('Grid');
  });

  it('a field that commits on change while Tab moves on keeps the move: focus is on its way, not lost', async () => {
    const grid = await fixture<TestFocusGrid>(html`<sammen-test-focus-grid></sammen-test-focus-grid>`);
    grid.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: 'x' });
    await press(grid, 'Tab');
    expect(grid.notes, 'the field committed').to.equal(1);
    expect(focusedText()).to.equal('After');
  });

  it('a focused button that becomes disabled hands focus to the fallback', async () => {
    const grid = await fixture<TestFocusGrid>(html`<sammen-test-focus-grid></sammen-test-focus-grid>`);
    await grid.roving.focus('b');
    (deepActiveElement() as HTMLButtonElement).disabled = true;
    await expectFocusKept('disabling the focused button');
    expect(focusedText()).to.equal('Grid');
  });
});
