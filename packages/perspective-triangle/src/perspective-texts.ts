// The localized default labels and guided prompts, and the document's overrides of them.
import { msg } from '@lit/localize';
import { DEFAULT_PROMPT_IDS, resolveText, type PerspectiveId, type PerspectiveSession } from '@sammen/sdk';
import type { PartId } from './session-progress.js';

/** The default label of a corner or the centre, in the UI language. */
export function defaultLabel(part: PartId): string {
  switch (part) {
    case 'child':
      return msg('The child');
    case 'parents':
      return msg('The parents');
    case 'professionals':
      return msg('The professionals');
    default:
      return msg('Shared understanding');
  }
}

/** What the default prompts ask, per perspective (the professionals' side asks about us). */
function defaultPrompt(perspective: PerspectiveId, prompt: string): string {
  const child = perspective === 'child';
  const us = perspective === 'professionals';
  switch (prompt) {
    case 'experiences':
      return child ? msg('What may the child experience?') : us ? msg('What do we experience?') : msg('What may the parents experience?');
    case 'thoughts':
      return child ? msg('What may the child think?') : us ? msg('What do we think?') : msg('What may the parents think?');
    case 'feelings':
      return child ? msg('What may the child feel?') : us ? msg('What do we feel, and how do we react?') : msg('What may the parents feel?');
    case 'needs':
      return child ? msg('What may the child need?') : us ? msg('What do we need?') : msg('What may the parents need?');
    default:
      return child ? msg('What do we observe in the child?') : us ? msg('What do we observe in ourselves and our practice?') : msg('What do we observe in the parents?');
  }
}

/** A corner's label: the document's override in `lang`, else the localized default. */
export function partLabel(session: PerspectiveSession | undefined, part: PartId, lang: string): string {
  if (part === 'centre' || !session) return defaultLabel(part);
  return resolveText(session.perspectives[part].label, lang) || defaultLabel(part);
}

/** The prompts of a corner as `{id, text}`: the document's own, else the localized defaults. */
export function promptsOf(session: PerspectiveSession, perspective: PerspectiveId, lang: string): { id: string; text: string }[] {
  const own = session.perspectives[perspective].prompts;
  if (own) return own.map((prompt) => ({ id: prompt.id, text: resolveText(prompt.text, lang) }));
  return DEFAULT_PROMPT_IDS.map((id) => ({ id, text: defaultPrompt(perspective, id) }));
}
