// UndoShortcutsController with real key presses: Ctrl+Z undoes the model's last edit from a
// button or a select, Ctrl+Shift+Z and Ctrl+Y redo; in a text field Ctrl+Z stays the browser's
// own, and after leaving the field the whole typed text is one step to undo.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TestUndoHost } from './support/undo-host.js';
import './support/undo-host.js';

const shown = (host: TestUndoHost) => host.shadowRoot!.querySelector('output')!.textContent;
const part = <E extends Element>(host: TestUndoHost, selector: string) => host.shadowRoot!.querySelector(selector) as unknown as E;
/** Presses `Control+Shift+z`-style chords for real: modifiers held down, the key pressed, released. */
const press = async (host: TestUndoHost, chord: string) => {
  const keys = chord.split('+');
  const key = keys.pop()!;
  for (const modifier of keys) await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  for (const modifier of keys.reverse()) await sendKeys({ up: modifier });
  await host.updateComplete;
};

describe('UndoShortcutsController', () => {
  it('Ctrl+Z undoes and Ctrl+Shift+Z / Ctrl+Y redo while focus is on a button in the widget', async () => {
    const host = await fixture<TestUndoHost>(html`<sammen-test-undo-host></sammen-test-undo-host>`);
    part<HTMLButtonElement>(host, 'button').focus();
    await press(host, 'Enter');
    await press(host, 'Enter');
    expect(shown(host)).to.equal('2');
    await press(host, 'Control+z');
    expect(shown(host)).to.equal('1');
    await press(host, 'Control+z');
    expect(shown(host)).to.equal('0');
    await press(host, 'Control+Shift+Z');
    expect(shown(host)).to.equal('1');
    await press(host, 'Control+y');
    expect(shown(host)).to.equal('2');
  });

  it('in a text field Ctrl+Z is the browser own; after Tab the whole typed text is one undo step', async () => {
    const host = await fixture<TestUndoHost>(html`<sammen-test-undo-host></sammen-test-undo-host>`);
    const input = part<HTMLInputElement>(host, 'input');
    input.focus();
    await sendKeys({ type: 'Familie' });
    await host.updateComplete;
    expect(host.history.past.length).to.equal(1, 'seven letters, one step');
    await press(host, 'Control+z');
    expect(input.value).to.equal('', "the browser's undo took the typing back in the field");
    expect(host.history.past.length).to.be.greaterThan(0, 'the model history was not touched by the key itself');
    await sendKeys({ type: 'Grupper' });
    await press(host, 'Tab');
    expect(input.value).to.equal('Grupper');
    await press(host, 'Control+z');
    expect(part<HTMLInputElement>(host, 'input').value).to.equal('', 'outside the field, one Ctrl+Z undoes the field');
  });

  it('Ctrl+Z on a select undoes the choice just made (a select has no undo of its own)', async () => {
    const host = await fixture<TestUndoHost>(html`<sammen-test-undo-host></sammen-test-undo-host>`);
    const select = part<HTMLSelectElement>(host, 'select');
    select.focus();
    select.value = 'at-risk';
    select.dispatchEvent(new Event('change'));
    await host.updateComplete;
    expect(select.value).to.equal('at-risk');
    await press(host, 'Control+z');
    expect(select.value).to.equal('on-track');
  });

  it('does nothing for key presses outside the widget', async () => {
    const host = await fixture<TestUndoHost>(html`<div><button>outside</button><sammen-test-undo-host></sammen-test-undo-host></div>`);
    const inner = host.querySelector('sammen-test-undo-host') as TestUndoHost;
    part<HTMLButtonElement>(inner, 'button').click();
    await inner.updateComplete;
    host.querySelector('button')!.focus();
    await press(inner, 'Control+z');
    expect(shown(inner)).to.equal('1');
  });
});
