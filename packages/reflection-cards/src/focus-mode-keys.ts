// Focus mode's keys: ←/→ (mirrored in right-to-left pages), Home/End and R move between cards,
// Escape leaves. The shortcuts stay off form fields and can be turned off (WCAG 2.1.4).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FocusController, isEditableTarget } from '@sammen/core';

export interface FocusModeKeysOptions {
  /** The ids of the cards shown (the filter's result), in order. */
  cards: () => readonly string[];
  /** The card open now. */
  current: () => string | undefined;
  /** Opens a card. */
  open: (id: string) => void;
  draw: () => void;
  /** Escape: leave full screen, else focus mode. */
  escape: () => void;
  /** False when the host turned the shortcuts off; Escape still works. */
  shortcuts: () => boolean;
}

export class FocusModeKeys implements ReactiveController {
  // The cards are a horizontal list whose items are not elements: moving "focus" opens a card.
  private readonly cards: FocusController<string>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FocusModeKeysOptions,
  ) {
    host.addController(this);
    this.cards = new FocusController(host, {
      items: options.cards,
      active: options.current,
      activate: options.open,
      focusItems: false,
      layout: () => ({ kind: 'list', orientation: 'horizontal' }),
      onEscape: () => options.escape(),
    });
  }

  // Nothing to set up: the key handler is bound in the host's template.
  hostConnected(): void {}

  /** The keys for previous / next card, for the buttons' names; undefined when shortcuts are off. */
  get hints(): { previous: string; next: string } | undefined {
    if (!this.options.shortcuts()) return undefined;
    return getComputedStyle(this.host).direction === 'rtl' ? { previous: '→', next: '←' } : { previous: '←', next: '→' };
  }

  /** The keydown handler of focus mode's container. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') return this.cards.onKeydown(event);
    if (!this.options.shortcuts() || isEditableTarget(event) || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'r' || event.key === 'R') {
      event.preventDefault();
      this.options.draw();
    } else this.cards.onKeydown(event);
  };
}
