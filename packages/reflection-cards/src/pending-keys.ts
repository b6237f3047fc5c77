// Keys pressed in focus mode before its module (which holds focus mode's key handling) has
// arrived — a moment, on a first visit — are kept and handed over, in order, when it arrives: a
// keyboard user who opens a card with Enter and presses → at once must not lose the →.

type Modifiers = Pick<KeyboardEventInit, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

/** The keys focus mode moves between cards with (FocusModeKeys): the ones worth keeping. */
const CARD_KEYS: ReadonlySet<string> = new Set(['ArrowLeft', 'ArrowRight', 'Home', 'End', 'r', 'R']);

export class PendingKeys {
  private keys: (Modifiers & { key: string })[] = [];

  /**
   * Keeps `event` when it is one of focus mode's card keys (without a modifier), and stops what
   * the browser would do with it meanwhile (an arrow scrolling the page). Until the module is
   * here focus mode has no field to type in, so no key is someone's text.
   */
  keep(event: KeyboardEvent): void {
    if (!CARD_KEYS.has(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    this.keys.push({ key: event.key, shiftKey: event.shiftKey });
  }

  /** Hands every kept key to `handle` as a keydown event, in the order pressed, and forgets them. */
  replay(handle: (event: KeyboardEvent) => void): void {
    const keys = this.keys;
    this.keys = [];
    for (const key of keys) handle(new KeyboardEvent('keydown', { ...key, cancelable: true }));
  }

  /** Forgets the kept keys (focus mode was left before its module arrived). */
  clear(): void {
    this.keys = [];
  }
}
