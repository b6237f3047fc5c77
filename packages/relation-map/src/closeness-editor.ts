// Editing the staff–child closeness layer: each adult rates 1–3 how well they know and reach each
// child, per round. One child at a time (a select), and per adult a group of native radio buttons
// (arrow keys move between the levels, as everywhere): a rating is set, changed or cleared ("not
// rated") in one step, through the widget's edit() — so it is undoable, autosaved, announced and
// fires `sammen-map-change`, and the "few close adults" flag follows at once.
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import type { MappingRound, RelationMap } from '@sammen/sdk';
import { setCloseness } from './map-edits.js';

/** The levels of the rating, 0 being "not rated" (no entry in the round). */
export function closenessName(rating: number): string {
  switch (rating) {
    case 3:
      return msg('3: knows the child well and reaches them');
    case 2:
      return msg('2: knows the child somewhat');
    case 1:
      return msg('1: hardly knows the child');
    default:
      return msg('Not rated');
  }
}

interface EditorHost extends ReactiveControllerHost {
  edit(change: (doc: RelationMap) => RelationMap, reason: string, said?: string): boolean;
  nameOf(id: string): string;
}

/** The child being rated, and the edit a rating makes. */
export class ClosenessEditor implements ReactiveController {
  private chosen: string | undefined;

  constructor(private readonly host: EditorHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The child shown: the chosen one while they are still in the map, else the first child. */
  child(map: RelationMap): string | undefined {
    const children = map.people.filter((person) => person.kind === 'child');
    return (children.find((person) => person.id === this.chosen) ?? children[0])?.id;
  }

  choose(id: string): void {
    this.chosen = id;
    this.host.requestUpdate();
  }

  rate(adult: string, child: string, rating: number, roundId: string): void {
    const said =
      rating > 0
        ? msg(str`${this.host.nameOf(adult)} – ${this.host.nameOf(child)}: ${closenessName(rating)}.`)
        : msg(str`${this.host.nameOf(adult)} – ${this.host.nameOf(child)}: not rated.`);
    this.host.edit((doc) => setCloseness(doc, adult, child, rating, roundId), 'closeness', said);
  }
}

export interface ClosenessEditorView {
  map: RelationMap;
  round: MappingRound;
  readOnly: boolean;
  nameOf: (id: string) => string;
  fewCloseAdults: ReadonlySet<string>;
  editor: ClosenessEditor;
}

/** The editor under the drawing while the closeness layer is on (group maps). */
export function renderClosenessEditor(view: ClosenessEditorView) {
  const { map, round, editor } = view;
  const children = map.people.filter((person) => person.kind === 'child');
  const adults = map.people.filter((person) => person.kind === 'staff' || person.kind === 'adult');
  const child = editor.child(map);
  if (!child || view.readOnly) return nothing;
  if (adults.length === 0) return html`<p class="closeness-editor" part="closeness">${msg('Add the staff as people (kind Staff) to rate how close they are to each child.')}</p>`;
  const ratingOf = (adult: string) => round.closeness?.find((entry) => entry.adult === adult && entry.child === child)?.rating ?? 0;
  const flagged = (id: string) => (view.fewCloseAdults.has(id) ? `, ${msg('few close adults')}` : '');
  return html`<section class="closeness-editor" part="closeness" aria-label=${msg('Closeness of the adults to a child')}>
    <label class="field">${msg('Child to rate')}
      <select @change=${(event: Event) => editor.choose((event.target as HTMLSelectElement).value)}>
        ${children.map((person) => html`<option value=${person.id} ?selected=${person.id === child}>${view.nameOf(person.id)}${flagged(person.id)}</option>`)}
      </select>
    </label>
    <p class="closeness-status">${view.fewCloseAdults.has(child) ? msg(str`${view.nameOf(child)} has few close adults in this round.`) : nothing}</p>
    ${adults.map((adult) => {
      const current = ratingOf(adult.id);
      const name = `closeness-${adult.id}`;
      return html`<fieldset class="radios">
        <legend>${msg(str`How well ${view.nameOf(adult.id)} knows and reaches ${view.nameOf(child)}`)}</legend>
        ${[0, 1, 2, 3].map(
          (rating) => html`<label><input type="radio" name=${name} .checked=${current === rating}
              @change=${() => editor.rate(adult.id, child, rating, round.id)} /> ${closenessName(rating)}</label>`,
        )}
      </fieldset>`;
    })}
  </section>`;
}
