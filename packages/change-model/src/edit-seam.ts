// The seam for edit mode (`editable`): the element renders what these return above the board and
// below it. Edit mode itself (tools, forms, undo/redo, compare, their styles) lives in edit/ and
// compare/ and is a separate module, imported only once `editable` is set, so a viewer's page
// never downloads it. Until it arrives a short placeholder stands where the editor will be.
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { adoptStyles, loadErrorMessages, loadTranslations } from '@sammen/core';
import { translations as editTranslations } from './generated/parts/edit/translations.js';
import type { ChangeModel } from '@sammen/sdk';
import type { EditMode, EditModeOptions } from './edit/edit-mode.js';
import type { ItemMark } from './compare/compare-rows.js';

/** Host of the seam: a Lit element (its shadow root takes the editor's styles when they arrive). */
type SeamHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Loads edit mode on demand and stands in for it until then: no edit tools, no local copy, no
 * marks. Once loaded, the edit mode stays (a copy edited on screen survives `editable` going off).
 */
export class EditSeam implements ReactiveController {
  /** The loaded edit mode, or undefined before `editable` was first set. */
  mode: EditMode | undefined;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly host: SeamHost,
    private readonly options: EditModeOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.options.enabled()) void this.load();
  }

  /** Resolves when edit mode is loaded (at once when it is not wanted) — for `loaded`. */
  get ready(): Promise<void> {
    return this.loading ?? Promise.resolve();
  }

  /** Imports edit mode (once), adopts its styles and re-renders the host with it. */
  load(): Promise<void> {
    // With core's issue texts (an import's or comparison's problems are listed with `issueMessage`),
    // which are not in core's locale module on every page but load with the error view's details;
    // and with edit mode's own texts, a locale module of their own (core/scripts/locale-parts.mjs).
    this.loading ??= Promise.all([import('./edit/edit-mode.js'), loadErrorMessages(), loadTranslations(editTranslations)]).then(([{ EditMode, editStyles }]) => {
      adoptStyles(this.host, editStyles);
      this.mode = new EditMode(this.host, this.options);
      this.host.requestUpdate();
    });
    return this.loading;
  }

  /** The edited copy of a given (not stored) model, once edit mode has made one. */
  get localCopy(): ChangeModel | undefined {
    return this.mode?.localCopy;
  }

  /** While edit mode waits for a pointer link's target, a click on an item ends the link (true). */
  pick(id: string): boolean {
    return this.mode?.editor.pick(id) ?? false;
  }

  /** A card's outgoing link port in edit mode (nothing until the editor has loaded). */
  renderPort(itemId: string, focusable: boolean): unknown {
    return this.options.enabled() && this.mode ? this.mode.renderPort(itemId, focusable) : nothing;
  }

  /** Items the board marks while a comparison is shown. */
  get marks(): ReadonlyMap<string, ItemMark> | undefined {
    return this.mode?.marks;
  }

  /** The edit tools above the board: a placeholder while edit mode loads. */
  renderTools(): unknown {
    if (!this.options.enabled()) return nothing;
    return this.mode ? this.mode.renderTools() : html`<p class="edit-loading" role="status">${msg('Loading the editor…')}</p>`;
  }

  /** The editor's columns and the open item's form, below the board. */
  renderPanel(): unknown {
    return this.options.enabled() && this.mode ? this.mode.renderPanel() : nothing;
  }
}
