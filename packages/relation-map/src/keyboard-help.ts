// The drawing's keys, in full, behind a native disclosure (<details>: reachable with Tab, opened
// with Enter or Space, announced as expanded/collapsed without any script). The hint under the
// drawing stays short; this is the list a person can come back to. The disclosure is drawn with
// the drawing; this list is a lazy part (lazy-parts.ts), loaded when the disclosure first opens.
import { css, html } from 'lit';
import { msg } from '@lit/localize';

/** The keys and what they do, in the order a person meets them. */
export function keyboardHelpEntries(mode: 'group' | 'network'): Array<[keys: string, does: string]> {
  return [
    mode === 'network'
      ? [msg('← →, ↑ ↓'), msg('← → go round the circle (crossing sectors), ↑ ↓ go between the rings')]
      : [msg('← → ↑ ↓'), msg('Move to the nearest person in that direction')],
    [msg('Home'), mode === 'network' ? msg('The child in the centre') : msg('The first person')],
    [msg('Enter'), msg('List the person’s ties; on a tie, go to the other person')],
    [msg('Escape or Backspace'), msg('Close the list of ties and go back to the person')],
    [msg('M'), msg('Pick the person up to move them with the arrows; M or Enter puts them down, Escape puts them back')],
    [msg('+ − 0'), msg('Zoom in, zoom out, fit the map to the view')],
    [msg('Shift + arrows'), msg('Pan the drawing')],
    [msg('Ctrl+Z, Ctrl+Shift+Z'), msg('Undo, redo (⌘ on a Mac)')],
  ];
}

/** The list inside the disclosure. */
export function renderKeyboardHelpList(mode: 'group' | 'network') {
  return html`<dl>${keyboardHelpEntries(mode).map(([keys, does]) => html`<div><dt><kbd>${keys}</kbd></dt><dd>${does}</dd></div>`)}</dl>`;
}

export const styles = css`
  .keyboard-help dl > div {
    display: flex;
    flex-wrap: wrap;
    gap: var(--s-space-2);
  }
  .keyboard-help dt {
    min-inline-size: 10rem;
  }
  .keyboard-help dd {
    margin: 0;
  }
`;
