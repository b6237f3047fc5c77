// Copying and downloading a working session's notes, in the UI's words: the deck's export part,
// imported the first time someone copies or downloads (lazy-part.ts).
import { msg, str } from '@lit/localize';
import type { ReflectionDeck, ReflectionNotes } from '@sammen/sdk';
import { exportFileName, notesToJson, notesToMarkdown } from './notes-export.js';

function markdownOf(deck: ReflectionDeck, notes: ReflectionNotes, lang: string): string {
  return notesToMarkdown(deck, notes, lang, {
    discussed: msg('discussed'),
    notDiscussed: msg('not discussed yet'),
    noNotes: msg('no notes'),
    progress: (discussed, total) => msg(str`${discussed} of ${total} discussed`),
  });
}

/** Copies the notes as Markdown; resolves with what to tell the user (copied, or use the download). */
export async function copyNotes(deck: ReflectionDeck, notes: ReflectionNotes, lang: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(markdownOf(deck, notes, lang));
    return msg('The notes were copied.');
  } catch {
    return msg('Copying is not allowed on this page. Use “Download as Markdown” instead.');
  }
}

/** Downloads the notes as a Markdown or JSON file named after the deck and the date. */
export function downloadNotes(deck: ReflectionDeck, notes: ReflectionNotes, lang: string, format: 'md' | 'json'): void {
  const text = format === 'md' ? markdownOf(deck, notes, lang) : notesToJson(notes);
  const url = URL.createObjectURL(new Blob([text], { type: format === 'md' ? 'text/markdown' : 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: exportFileName(deck, lang, format) });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
