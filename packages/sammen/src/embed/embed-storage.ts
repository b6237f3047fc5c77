import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { SammenElement, buttonBox, resolveStore, toErrorDetail } from '@sammen/core';
import type { Store } from '@sammen/sdk';
import { translations } from '../generated/translations.js';

/** `sammen-export-2026-03-01.json`: the file name of an export made on `date`. */
export function exportFileName(date: Date): string {
  return `sammen-export-${date.toISOString().slice(0, 10)}.json`;
}

/**
 * Under a widget on the embed page: says where the user's work is kept and offers export and
 * import. In a frame on another site the browser keeps a separate storage per embedding site
 * (storage partitioning), so the same page embedded elsewhere, or opened directly, does not see
 * this work: the user must read that, and have a way to carry it over (export, then import).
 *
 * @summary Where work is saved (this browser for <site>, or the host's server), export and import.
 * @tagname sammen-embed-storage
 * @csspart where - The sentence saying where work is kept.
 * @csspart actions - The export and import buttons.
 * @csspart result - What the last export or import did (a status message).
 * @fires sammen-error - An export or import failed (`{code, message, issues?}`).
 */
export class SammenEmbedStorage extends SammenElement {
  static override translations = translations;
  static override styles = [
    SammenElement.styles,
    css`
      :host {
        display: block;
        margin-block-start: var(--s-space-4, 1rem);
        font-size: 0.875em;
        color: var(--s-color-text-muted);
      }
      [part='actions'] {
        display: flex;
        flex-wrap: wrap;
        gap: var(--s-space-2, 0.5rem);
      }
      button,
      label.file {
        ${buttonBox}
      }
      input[type='file'] {
        position: absolute;
        inline-size: 1px;
        block-size: 1px;
        opacity: 0;
      }
      label.file:focus-within {
        outline: 2px solid var(--s-color-focus, currentColor);
        outline-offset: 2px;
      }
      /* Windows high contrast: system colours for the ring and the buttons' edges. */
      @media (forced-colors: active) {
        label.file:focus-within {
          outline-color: Highlight;
        }
        button,
        label.file {
          border: 1px solid ButtonText;
        }
      }
      @media (prefers-reduced-motion: reduce) {
        button,
        label.file {
          transition: none;
        }
      }
    `,
  ];

  /** The store the widget saves to; else the page default (`setDefaultStore`), else IndexedDB. */
  @property({ attribute: false }) store?: Store;
  /** The site that embeds this page (its host name), when the page is in a frame. */
  @property({ attribute: 'embedding-site' }) embeddingSite?: string;

  @state() private result = '';
  @state() private problem = '';

  private where(): string {
    const location = resolveStore(this.store).location;
    if (location.type === 'remote') return location.label ? msg(str`Your work is saved to ${location.label}.`) : msg('Your work is saved to the server.');
    if (location.type === 'memory') return msg('Your work is kept until this tab is closed.');
    const site = this.embeddingSite;
    return site
      ? msg(
          str`Your work is saved in this browser, for ${site} only: the same page on another website, or in another browser, does not show it. Export it to keep a copy or move it.`,
        )
      : msg('Your work is saved in this browser only. Export it to keep a copy or move it.');
  }

  override render() {
    return html`<p part="where">${this.where()}</p>
      <div part="actions">
        <button type="button" @click=${this.exportAll}>${msg('Export my work')}</button>
        <label class="file">${msg('Import work')}<input type="file" accept="application/json,.json" @change=${this.importFile} /></label>
      </div>
      <p part="result" role="status">${this.result}</p>
      ${this.problem ? html`<p role="alert">${this.problem}</p>` : nothing}`;
  }

  private async exportAll(): Promise<void> {
    this.problem = '';
    try {
      const bundle = await resolveStore(this.store).exportAll();
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([JSON.stringify(bundle, null, 2)], { type: 'application/json' }));
      link.download = exportFileName(new Date());
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
      const count = bundle.documents.length;
      this.result = msg(str`Exported ${count} documents.`);
    } catch (error) {
      this.fail(error, msg('Export failed.'), 'export-failed');
    }
  }

  private async importFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.problem = '';
    try {
      let bundle: unknown;
      try {
        bundle = JSON.parse(await file.text());
      } catch {
        this.fail(new Error(msg(str`${file.name} is not a Sammen export (not JSON).`)), msg('Import failed.'), 'invalid-import');
        return;
      }
      const { imported, skipped } = await resolveStore(this.store).importAll(bundle);
      const added = imported.length;
      const kept = skipped.length;
      this.result = msg(str`Imported ${added} documents; ${kept} already here were kept.`);
    } catch (error) {
      this.fail(error, msg('Import failed.'), 'import-failed');
    }
  }

  private fail(error: unknown, lead: string, code?: string): void {
    const detail = toErrorDetail(error, code);
    this.result = '';
    this.problem = `${lead} ${detail.message}`;
    this.reportError(detail);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sammen-embed-storage': SammenEmbedStorage;
  }
}
