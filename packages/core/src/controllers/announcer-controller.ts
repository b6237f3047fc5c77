import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { StoreLocation } from '@sammen/sdk';
import type { SammenAnnounceDetail } from '../events.js';
import type { SaveStatus } from './stored-document-controller.js';

// The words of a save state come with `sammen-save-status` (its module), which a widget shows
// from the moment it has a stored document: a page that never opens one never downloads them.
const loadSaveStatusText = async () => (await import('../ui/save-status/save-status.js')).saveStatusText;

/** States that are steps of work in progress, or shown by the save problem's own alert: not spoken by the announcer. */
const UNSPOKEN_SAVE_STATES: ReadonlySet<string> = new Set(['idle', 'loading', 'saving', 'failed', 'conflict', 'deleted', 'replaced']);

/**
 * The one live region of a widget: everything the widget says to a screen reader goes through
 * `announce()` — moves, deletions, the timer's end, and (with `followSaves`) one message per save.
 * Messages closer together than `minInterval` collapse into the last one, so a screen reader is
 * never flooded (e.g. by holding an arrow key). Render `announcer.render()` once in the template.
 * Parts inside the widget speak through it too: their `sammen-announce` events are said here and
 * go no further.
 */
export class AnnouncerController implements ReactiveController {
  /** The text the live region holds now. */
  message = '';
  private lastAt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame: number | undefined;
  private pendingAction = false;
  private lastActionAt = -Infinity;
  /** How long after an action's message a background message stays unsaid, in ms. */
  private readonly quietAfterAction = 3000;
  private saves: { status: () => SaveStatus; location: () => StoreLocation; last: SaveStatus | undefined } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly minInterval = 700,
  ) {
    host.addController(this);
  }

  /**
   * Speaks the outcome of each save once ("Saved on this device"), read from the widget's save
   * state after every update. Saving itself is not spoken (it would chatter while typing), nor is
   * opening a saved document; failures and conflicts are spoken by the save problem's alert.
   */
  followSaves(status: () => SaveStatus, location: () => StoreLocation): void {
    this.saves = { status, location, last: undefined };
  }

  hostConnected(): void {
    if (this.host instanceof HTMLElement) this.host.addEventListener('sammen-announce', this.onPartAnnounce);
  }

  hostUpdated(): void {
    if (!this.saves) return;
    const { last } = this.saves;
    const now = this.saves.status();
    this.saves.last = now;
    if (last === undefined || now === last || UNSPOKEN_SAVE_STATES.has(now)) return;
    if (now === 'saved' && last !== 'saving') return;
    const location = this.saves.location();
    loadSaveStatusText().then(
      (saveStatusText) => {
        const text = saveStatusText(now, location);
        if (text) this.announce(text, 'background');
      },
      // Unsaid, not lost: the save state shown beside the work failed to load the same way, and says so.
      () => undefined,
    );
  }

  hostDisconnected(): void {
    if (this.host instanceof HTMLElement) this.host.removeEventListener('sammen-announce', this.onPartAnnounce);
    clearTimeout(this.timer);
    this.pendingAction = false;
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    if (this.saves) this.saves.last = undefined;
  }

  private readonly onPartAnnounce = (event: CustomEvent<SammenAnnounceDetail>): void => {
    event.stopPropagation();
    this.announce(event.detail.message);
  };

  /**
   * Queues `text` for the live region (rate-limited; the latest message wins). A `background`
   * message (a save's outcome) never displaces what the user's own action just said: it is dropped
   * while an action's message waits or was spoken less than `quietAfterAction` ms ago.
   */
  announce(text: string, priority: 'action' | 'background' = 'action'): void {
    const now = Date.now();
    if (priority === 'background' && (this.pendingAction || now - this.lastActionAt < this.quietAfterAction)) return;
    if (priority === 'action') {
      this.pendingAction = true;
      this.lastActionAt = now;
    }
    clearTimeout(this.timer);
    const wait = Math.max(0, this.lastAt + this.minInterval - now);
    this.timer = setTimeout(() => {
      this.lastAt = Date.now();
      if (this.pendingAction) this.lastActionAt = this.lastAt;
      this.pendingAction = false;
      // Clearing first makes a repeated identical message be spoken again.
      this.message = '';
      this.host.requestUpdate();
      this.frame = requestAnimationFrame(() => {
        this.frame = undefined;
        this.message = text;
        this.host.requestUpdate();
      });
    }, wait);
  }

  /** The live region; visually hidden, spoken politely. */
  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-announcer>${this.message}</div>`;
  }
}
