// The session as plain text in the UI's words, for "Copy as text".
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
