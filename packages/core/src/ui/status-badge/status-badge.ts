import { css, html, svg } from 'lit';
import { msg } from '@lit/localize';
import { property } from 'lit/decorators.js';
import { SammenElement } from '../../sammen-element.js';

/** Every status a badge can show: indicator statuses and work progress. */
export type BadgeStatus = 'on-track' | 'at-risk' | 'off-track' | 'no-data' | 'empty' | 'started' | 'done';

/** A distinct shape per status, so status never depends on colour alone (WCAG 1.4.1). */
const SHAPES: Record<BadgeStatus, ReturnType<typeof svg>> = {
  'on-track': svg`<circle cx="8" cy="8" r="6" fill="currentColor"/>`,
  'at-risk': svg`<path d="M8 2l6.5 11h-13z" fill="currentColor"/>`,
  'off-track': svg`<rect x="2.5" y="2.5" width="11" height="11" fill="currentColor"/>`,
  'no-data': svg`<circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="3 2"/>`,
  empty: svg`<circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" stroke-width="2"/>`,
  started: svg`<circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" stroke-width="2"/><path d="M8 2.5a5.5 5.5 0 0 1 0 11z" fill="currentColor"/>`,
  done: svg`<circle cx="8" cy="8" r="6.5" fill="currentColor"/><path d="M5 8.2l2 2 4-4.4" fill="none" stroke="var(--s-color-surface-raised)" stroke-width="2"/>`,
};

function defaultLabel(status: BadgeStatus): string {
  switch (status) {
    case 'on-track':
      return msg('On track');
    case 'at-risk':
      return msg('At risk');
    case 'off-track':
      return msg('Off track');
    case 'no-data':
      return msg('No data');
    case 'empty':
      return msg('Not started');
    case 'started':
      return msg('Started');
    case 'done':
      return msg('Done');
  }
}

/**
 * A status shown by text and shape (and colour as a third cue): indicator status of the change
 * model, or progress of a perspective.
 *
 * @summary Status badge: text + shape + colour.
 * @tagname sammen-status-badge
 * @csspart badge - The badge.
 * @cssprop --sammen-status-on-track - Colour of on-track (also at-risk, off-track, no-data).
 */
export class SammenStatusBadge extends SammenElement {
  static override styles = [
    SammenElement.styles,
    css`
      :host {
        display: inline-block;
        --_color: var(--s-color-text-muted);
      }
      :host([status='on-track']),
      :host([status='done']) {
        --_color: var(--s-status-on-track);
      }
      :host([status='at-risk']),
      :host([status='started']) {
        --_color: var(--s-status-at-risk);
      }
      :host([status='off-track']) {
        --_color: var(--s-status-off-track);
      }
      :host([status='no-data']),
      :host([status='empty']) {
        --_color: var(--s-status-no-data);
      }
      [part='badge'] {
        display: inline-flex;
        align-items: center;
        gap: var(--s-space-1);
        padding: 0.125em var(--s-space-2);
        border: 1px solid var(--_color);
        border-radius: 999px;
        font-size: 0.875em;
        font-weight: 600;
        line-height: 1.4;
        color: var(--s-color-text);
      }
      svg {
        flex: none;
        color: var(--_color);
      }
      /* Status is carried by the shape and the word; the border just takes the system text colour. */
      @media (forced-colors: active) {
        [part='badge'] {
          border-color: CanvasText;
        }
        svg {
          color: CanvasText;
        }
      }
      @media (prefers-reduced-motion: reduce) {
        [part='badge'] {
          transition: none;
        }
      }
    `,
  ];

  /** The status. */
  @property({ reflect: true }) status: BadgeStatus = 'no-data';
  /** Text instead of the default word for the status. */
  @property() label?: string;

  override render() {
    return html`<span part="badge"
      ><svg width="1em" height="1em" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${SHAPES[this.status] ?? SHAPES['no-data']}</svg
      ><span>${this.label ?? defaultLabel(this.status)}</span></span
    >`;
  }
}
