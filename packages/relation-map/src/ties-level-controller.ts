// Level 2 of the drawing's two-level list, as a controller apart from rendering: Enter (a click)
// on a person opens their ties, with a roving tab stop over them; Enter on a tie follows it to the
// other person; Escape or Backspace goes back to the person. Fires `sammen-select`.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FocusController, fireSammenEvent, focusAfterUpdate } from '@sammen/core';
import type { Tie } from '@sammen/sdk';
import { tieKey } from './view-model.js';

export interface TiesLevelOptions {
  /** The ties of the shown round. */
  ties: () => readonly Tie[];
  /** The people's roving focus in the drawing (where Escape and "follow" land). */
  people: FocusController<string>;
  /** True when the click that opens a person was the end of a drag (then nothing opens). */
  consumeClick: () => boolean;
  /** Focus arrived on a person by following a tie: say where. */
  arrived: (id: string) => void;
}

export class TiesLevelController implements ReactiveController {
  /** The person whose ties are listed, if any. */
  opened: string | undefined;
  /** The tie highlighted in the drawing (focused in the list). */
  highlighted: string | undefined;
  private activeTie: string | undefined;
  readonly focus: FocusController<string>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: TiesLevelOptions,
  ) {
    host.addController(this);
    this.focus = new FocusController<string>(host, {
      items: () => this.listed().map(tieKey),
      active: () => this.activeTie,
      activate: (key) => {
        this.activeTie = key;
        host.requestUpdate();
      },
      layout: () => ({ kind: 'list', orientation: 'vertical' }),
      onEscape: () => this.close(),
    });
  }

  hostConnected(): void {}

  /** The opened person's ties. */
  listed(): Tie[] {
    const id = this.opened;
    return id ? this.options.ties().filter((tie) => tie.from === id || tie.to === id) : [];
  }

  /** Opens a person's ties, or closes them when already open. */
  open(id: string): void {
    if (this.options.consumeClick()) return;
    if (this.opened === id) {
      this.close();
      return;
    }
    this.opened = id;
    this.activeTie = undefined;
    this.host.requestUpdate();
    fireSammenEvent(this.host, 'sammen-select', { personId: id });
    const root = this.host.shadowRoot!;
    void focusAfterUpdate(this.host, () => root.querySelector<HTMLElement>('.tie-button') ?? root.querySelector<HTMLElement>('#ties-heading'));
  }

  /** Back from the ties to the person in the drawing; false when none were open. */
  close(): boolean {
    const id = this.opened;
    if (!id) return false;
    this.reset();
    fireSammenEvent(this.host, 'sammen-select', { personId: undefined });
    void this.options.people.focus(id);
    return true;
  }

  /** Follows a tie to the person at its other end. */
  follow(tie: Tie): void {
    const other = tie.from === this.opened ? tie.to : tie.from;
    this.reset();
    void this.options.people.focus(other).then(() => this.options.arrived(other));
  }

  highlight(key: string | undefined): void {
    // A blur while the list is being removed (follow, close) must not schedule another render.
    if (key === this.highlighted) return;
    this.highlighted = key;
    this.host.requestUpdate();
  }

  /** Forgets the open list (another round or map is shown). */
  reset(): void {
    this.opened = undefined;
    this.highlighted = undefined;
    this.host.requestUpdate();
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Backspace') {
      event.preventDefault();
      this.close();
    } else this.focus.onKeydown(event);
  };
}
