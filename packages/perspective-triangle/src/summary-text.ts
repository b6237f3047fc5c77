// The session as plain text in the UI's words, and "Copy as text".
import { msg } from '@lit/localize';
import type { PerspectiveSession } from '@sammen/sdk';
import { partLabel, promptsOf } from './perspective-texts.js';
import { sessionToText } from './session-summary.js';

export function summaryText(session: PerspectiveSession, lang: string): string {
  return sessionToText(session, {
    heading: msg('Untitled situation'),
    label: (perspective) => partLabel(session, perspective, lang),
    prompts: (perspective) => promptsOf(session, perspective, lang),
    sharedUnderstanding: msg('Shared understanding'),
    nextSteps: msg('Next steps'),
    who: msg('Who'),
    due: msg('By when'),
    done: msg('done'),
    empty: msg('(nothing written yet)'),
  });
}

/** Copies the summary to the clipboard; resolves with what to tell the user (it worked, or use Print). */
export async function copySummary(session: PerspectiveSession, lang: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(summaryText(session, lang));
    return msg('The summary was copied as text.');
  } catch {
    return msg('Copying is not allowed on this page. Use Print instead.');
  }
}
