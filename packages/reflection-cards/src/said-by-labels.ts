// "Said by …" under a statement in a card's second language (`second-lang`). The UI is localized
// in a few languages only, but the second column is read by a parent in their own language: a
// Danish "sagt af forældre" there is a label in the wrong language. So the second column carries
// the label in its own language where Sammen has words for it, and none otherwise (the first
// column already says who said it, in the UI language).
import type { ReflectionCard } from '@sammen/sdk';

type SaidBy = ReflectionCard['statement']['saidBy'];

const LABELS: Readonly<Record<string, Readonly<Record<SaidBy, string>>>> = {
  da: { parents: 'sagt af forældre', professionals: 'sagt af fagpersoner', both: 'sagt af forældre og fagpersoner' },
  nb: { parents: 'sagt av foreldre', professionals: 'sagt av fagpersoner', both: 'sagt av foreldre og fagpersoner' },
  nn: { parents: 'sagt av foreldre', professionals: 'sagt av fagpersonar', both: 'sagt av foreldre og fagpersonar' },
  en: { parents: 'said by parents', professionals: 'said by professionals', both: 'said by parents and professionals' },
  ar: { parents: 'قاله أولياء الأمور', professionals: 'قاله المختصون', both: 'قاله أولياء الأمور والمختصون' },
};

/** Who said a statement, in `lang` (a content language such as `ar` or `nb-NO`), or undefined when Sammen has no words for it. */
export function saidByIn(saidBy: SaidBy, lang: string): string | undefined {
  const primary = lang.toLowerCase().split(/[-_]/)[0]!;
  const labels = LABELS[primary === 'no' ? 'nb' : primary];
  return labels?.[saidBy];
}
