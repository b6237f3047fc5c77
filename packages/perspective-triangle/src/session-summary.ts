// The session as plain text for "copy as text": situation, three perspectives, shared
// understanding, next steps. Pure; the element passes the labels in the UI language.
import type { PerspectiveSession } from '@sammen/sdk';
import { entryOf, PERSPECTIVE_IDS } from '@sammen/sdk';

export interface SummaryTexts {
  heading: string;
  label: (perspective: (typeof PERSPECTIVE_IDS)[number]) => string;
  prompts: (perspective: (typeof PERSPECTIVE_IDS)[number]) => { id: string; text: string }[];
  sharedUnderstanding: string;
  nextSteps: string;
  who: string;
  due: string;
  done: string;
  empty: string;
}

const indent = (text: string) =>
  text
    .trim()
    .split(/\r?\n/)
    .map((line) => `   ${line}`)
    .join('\n');

export function sessionToText(session: PerspectiveSession, texts: SummaryTexts): string {
  const lines: string[] = [session.title.trim() || texts.heading];
  if (session.description.trim()) lines.push('', session.description.trim());
  for (const perspective of PERSPECTIVE_IDS) {
    lines.push('', texts.label(perspective).toUpperCase());
    const answers = session.perspectives[perspective].answers;
    const answered = texts.prompts(perspective).filter((prompt) => (entryOf(answers, prompt.id) ?? '').trim() !== '');
    if (answered.length === 0) lines.push(`   ${texts.empty}`);
    for (const prompt of answered) lines.push(`- ${prompt.text}`, indent(entryOf(answers, prompt.id) ?? ''));
  }
  lines.push('', texts.sharedUnderstanding.toUpperCase(), session.sharedUnderstanding.trim() ? indent(session.sharedUnderstanding) : `   ${texts.empty}`);
  lines.push('', texts.nextSteps.toUpperCase());
  if (session.nextSteps.length === 0) lines.push(`   ${texts.empty}`);
  session.nextSteps.forEach((step, index) => {
    const meta = [step.who && `${texts.who}: ${step.who}`, step.due && `${texts.due}: ${step.due}`, step.done && texts.done].filter(Boolean).join(', ');
    lines.push(`${index + 1}. ${step.done ? '[x]' : '[ ]'} ${step.text.trim()}${meta ? ` (${meta})` : ''}`);
  });
  return `${lines.join('\n')}\n`;
}
