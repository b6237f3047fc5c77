import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * One polite live region per widget. `announce()` replaces the message; messages closer together
 * than `minInterval` collapse into the last one, so a screen reader is never flooded (e.g. by
 * holding an arrow key). Render `announcer.render()` once in the widget's template.
 */
export class AnnouncerController implements ReactiveController {
  /** The text the live region holds now. */
  message = '';
  private lastAt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly minInterval = 700,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Queues `text` for the live region (rate-limited; the latest message wins). */
  announce(text: string): void {
    clearTimeout(this.timer);
    const wait = Math.max(0, this.lastAt + this.minInterval - Date.now());
    this.timer = setTimeout(() => {
      this.lastAt = Date.now();
      // Clearing first makes a repeated identical message be spoken again.
      this.message = '';
      this.host.requestUpdate();
      requestAnimationFrame(() => {
        this.message = text;
        this.host.requestUpdate();
      });
    }, wait);
  }

  /** The live region; visually hidden, spoken politely. */
  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.message}</div>`;
  }
}
