// Exports of a working session: Markdown for a handout or an e-mail, JSON for the record. Pure.
import { resolveText, type ReflectionDeck, type ReflectionNotes } from '@sammen/sdk';
import { cardNotes, noteOf } from './session-notes.js';

/** The words an export needs, already in the UI language (the element passes msg() results). */
export interface ExportLabels {
  discussed: string;
  notDiscussed: string;
  progress: (discussed: number, total: number) => string;
  noNotes: string;
}

/** Markdown special characters escaped, so notes can never turn into links or headings. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+\-.!|<>~])/g, '\\$1');
}

const quote = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => `> ${escapeMarkdown(line)}`)
    .join('\n');

/** The session as Markdown: deck title, progress, and per card its state, questions and notes. */
export function notesToMarkdown(deck: ReflectionDeck, notes: ReflectionNotes, lang: string, labels: ExportLabels): string {
  const cards = deck.themes.flatMap((theme) => theme.cards);
  const discussed = cards.filter((card) => cardNotes(notes, card.id).discussed).length;
  const lines = [`# ${escapeMarkdown(resolveText(deck.title, lang))}`, '', labels.progress(discussed, cards.length), ''];
  for (const theme of deck.themes) {
    lines.push(`## ${theme.number}. ${escapeMarkdown(resolveText(theme.title, lang))}`, '');
    for (const card of theme.cards) {
      const state = cardNotes(notes, card.id);
      lines.push(`### ${escapeMarkdown(resolveText(card.title, lang))} (${state.discussed ? labels.discussed : labels.notDiscussed})`, '');
      lines.push(quote(resolveText(card.statement.text, lang)), '');
      for (const question of card.questions) {
        lines.push(`- **${escapeMarkdown(resolveText(question.text, lang))}**`);
        const note = noteOf(state, question.id).trim();
        lines.push(...(note ? note.split(/\r?\n/).map((line) => `  ${escapeMarkdown(line)}`) : [`  _${labels.noNotes}_`]));
      }
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The notes document as pretty JSON (it re-imports with the SDK's `parseReflectionNotes`). */
export function notesToJson(notes: ReflectionNotes): string {
  return `${JSON.stringify(notes, null, 2)}\n`;
}

/** A file name for an export: the deck title made safe, plus the date. */
export function exportFileName(deck: ReflectionDeck, lang: string, extension: 'md' | 'json', date = new Date()): string {
  const base = foldFileName(resolveText(deck.title, lang)) || 'sammen';
  return `${base}-${date.toISOString().slice(0, 10)}.${extension}`;
}

function foldFileName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
