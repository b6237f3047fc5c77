import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import type { ChangeModel, Issue, Store } from '@sammen/sdk';
import { fireSammenEvent, focusAfterUpdate, toErrorDetail } from '@sammen/core';
import { diffModels, type ModelDiff } from '../logic/model-diff.js';
import { parseModelFile } from '../edit/model-file.js';
import { compareRows, itemMarks, type CompareRow, type ItemMark } from './compare-rows.js';
import { isVersionOf, versionId } from './versions.js';

/** What the comparison needs from the element. */
export interface CompareOptions {
  /** The model shown now (the newer side). */
  model: () => ChangeModel | undefined;
  /** The store and id of the stored model, when one is open: saved versions live beside it. */
  stored: () => { store: Store; id: string } | undefined;
  lang: () => string;
  announce: (text: string) => void;
}

/** The earlier side of a comparison: a saved version or a file. */
export interface ComparedWith {
  label: string;
  model: ChangeModel;
}

/**
 * "What changed since last quarter": compares the model with a saved version (a copy kept in the
 * store beside it, since stores keep one revision per document) or with a JSON file, as rows of
 * text and as marks on the board's items.
 */
export class CompareController implements ReactiveController {
  /** Whether the comparison panel is shown. */
  open = false;
  against: ComparedWith | undefined;
  /** Saved versions of the stored model, newest first. */
  versions: ChangeModel[] = [];
  /** Located problems of the last file chosen to compare with. */
  issues: Issue[] | undefined;
  private cached: { before: ChangeModel; after: ChangeModel; diff: ModelDiff } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: CompareOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get canSaveVersions(): boolean {
    return Boolean(this.options.stored());
  }

  /** The diff from the earlier side to the model now (memoized per pair of models). */
  get diff(): ModelDiff | undefined {
    const after = this.options.model();
    if (!this.against || !after) return undefined;
    const before = this.against.model;
    if (this.cached?.before !== before || this.cached.after !== after) this.cached = { before, after, diff: diffModels(before, after) };
    return this.cached.diff;
  }

  get rows(): CompareRow[] {
    const diff = this.diff;
    const after = this.options.model();
    return diff && after && this.against ? compareRows(diff, this.against.model, after, this.options.lang()) : [];
  }

  /** Items the board marks while a comparison is shown. */
  get marks(): ReadonlyMap<string, ItemMark> | undefined {
    const diff = this.open ? this.diff : undefined;
    return diff ? itemMarks(diff) : undefined;
  }

  /** Opens the panel, loads the saved versions and moves focus to its heading. */
  async show(): Promise<void> {
    this.open = true;
    this.host.requestUpdate();
    void focusAfterUpdate(this.host, () => this.host.shadowRoot?.querySelector<HTMLElement>('#compare-heading'));
    await this.loadVersions();
  }

  close(): void {
    this.open = false;
    this.against = undefined;
    this.issues = undefined;
    this.host.requestUpdate();
  }

  private async loadVersions(): Promise<void> {
    const stored = this.options.stored();
    if (!stored) return;
    try {
      const all = await stored.store.list('change-model');
      this.versions = all.filter((doc) => isVersionOf(doc.id, stored.id)).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    } catch (error) {
      fireSammenEvent(this.host, 'sammen-error', toErrorDetail(error, 'list-failed'));
    }
    this.host.requestUpdate();
  }

  /** Keeps the model as it is now, to compare with later ("last quarter's version"). */
  async saveVersion(): Promise<void> {
    const stored = this.options.stored();
    const model = this.options.model();
    if (!stored || !model) return;
    try {
      const saved = await stored.store.put({ ...model, id: versionId(stored.id, new Date()), revision: 0 }, { expectedRevision: 0 });
      this.versions = [saved, ...this.versions];
      const label = this.versionLabel(saved);
      this.options.announce(msg(str`Version saved: ${label}`));
    } catch (error) {
      const detail = toErrorDetail(error, 'save-failed');
      fireSammenEvent(this.host, 'sammen-error', detail);
      this.options.announce(msg('The version could not be saved.'));
    }
    this.host.requestUpdate();
  }

  /** "Saved 1 Oct 2026, 10:15" in the UI language. */
  versionLabel(version: ChangeModel): string {
    const when = new Intl.DateTimeFormat(this.options.lang(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(version.updatedAt));
    return msg(str`saved ${when}`);
  }

  compareWithVersion(id: string): void {
    const version = this.versions.find((doc) => doc.id === id);
    if (!version) return;
    this.against = { label: this.versionLabel(version), model: version };
    this.issues = undefined;
    this.announceResult();
  }

  async compareWithFile(file: File): Promise<void> {
    const parsed = parseModelFile(await file.text());
    if (!parsed.ok) {
      this.issues = parsed.issues;
      this.host.requestUpdate();
      fireSammenEvent(this.host, 'sammen-error', { code: 'invalid-document', message: `${file.name}: the file is not a valid change model`, issues: parsed.issues });
      return;
    }
    this.issues = undefined;
    this.against = { label: file.name, model: parsed.value };
    this.announceResult();
  }

  private announceResult(): void {
    const count = this.rows.length;
    this.options.announce(count ? msg(str`${count} changes found`) : msg('No changes found'));
    this.host.requestUpdate();
  }
}
