// A change model as a file: what "Export JSON" downloads and "Import JSON" reads back.
import { parseChangeModel, parseJson, type ChangeModel, type ParseResult } from '@sammen/sdk';

/** The JSON text of a model, indented so a person can read and diff it. */
export function modelToJson(model: ChangeModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}

/** A file name for the model: its id, safe for every file system. */
export function modelFileName(model: ChangeModel): string {
  const base = model.id.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '') || 'change-model';
  return `${base}.json`;
}

/**
 * Reads a file's text as a change model: malformed JSON is located by line and column, an invalid
 * model by the path of each problem (`links[3].to`). Never throws.
 */
export function parseModelFile(text: string): ParseResult<ChangeModel> {
  return parseJson(text, parseChangeModel);
}

/** Starts a download of `model` as JSON (the browser's own save dialog decides where). */
export function downloadModel(model: ChangeModel, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([modelToJson(model)], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = modelFileName(model);
  link.click();
  // The download has its own copy once click() returned; revoke on the next task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
