import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { SammenElement } from '../../sammen-element.js';

/**
 * What a widget shows when there is nothing yet (no cards match, no saved sessions): a heading,
 * a sentence and the next step to take — never a blank box.
 *
 * @summary Empty state with heading, text and actions.
 * @tagname sammen-empty-state
 * @slot - Explanation.
 * @slot actions - What the user can do next.
 * @csspart container - The box.
 * @csspart heading - The heading.
 */
export class SammenEmptyState extends SammenElement {
  static override styles = [
    SammenElement.styles,
    css`
      :host {
        display: block;
      }
      [part='container'] {
        display: grid;
        justify-items: center;
        gap: var(--s-space-2);
        padding: var(--s-space-5) var(--s-space-4);
        border: 2px dashed var(--s-color-border);
        border-radius: var(--s-radius);
        text-align: center;
        overflow-wrap: anywhere;
      }
      [part='heading'] {
        margin: 0;
        font-size: 1.125em;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        justify-content: center;
        gap: var(--s-space-2);
      }
      @media (forced-colors: active) {
        [part='container'] {
          border-color: CanvasText;
        }
      }
      @media (prefers-reduced-motion: reduce) {
        [part='container'] {
          transition: none;
        }
      }
    `,
  ];

  /** The heading, e.g. "No cards match". */
  @property() heading = '';
  /** Heading level inside the widget's outline (2–6). */
  @property({ type: Number }) level = 3;

  override render() {
    const level = Math.min(6, Math.max(2, Math.round(this.level)));
    return html`<div part="container">
      <p part="heading" role="heading" aria-level=${level}><strong>${this.heading}</strong></p>
      <div><slot></slot></div>
      <div class="actions"><slot name="actions"></slot></div>
    </div>`;
  }
}
