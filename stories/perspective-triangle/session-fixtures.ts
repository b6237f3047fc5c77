// Sessions for stories, tests and the benchmark (stories are the fixtures).
import { createPerspectiveSession, MemoryStore, type PerspectiveSession } from '@sammen/sdk';

/** Every text field holds markup or script; all of it must be shown as literal text. */
export const HOSTILE = '<img src=x onerror="window.__sammenPwned=1"><script>window.__sammenPwned=1</script>{{7*7}}';

export const hostileSession: PerspectiveSession = {
  ...createPerspectiveSession({ id: 'hostile', title: HOSTILE }),
  description: HOSTILE,
  perspectives: {
    child: { label: HOSTILE, answers: { experiences: HOSTILE } },
    parents: { answers: { thoughts: HOSTILE } },
    professionals: { answers: {} },
  },
  sharedUnderstanding: HOSTILE,
  nextSteps: [{ id: 's1', text: HOSTILE, who: HOSTILE, due: '', done: false }],
};

/** A document with its own labels and prompts (a municipality's variant of the model). */
export const customSession: PerspectiveSession = {
  ...createPerspectiveSession({ id: 'custom', title: 'Overgang fra vuggestue til børnehave' }),
  description: 'C. skal starte i børnehave efter jul.',
  perspectives: {
    child: {
      label: { da: 'C. selv', nb: 'C. selv', en: 'C. herself' },
      prompts: [
        { id: 'look-forward', text: { da: 'Hvad kan C. glæde sig til?', nb: 'Hva kan C. glede seg til?', en: 'What can C. look forward to?' } },
        { id: 'worry', text: { da: 'Hvad kan gøre C. usikker?', nb: 'Hva kan gjøre C. usikker?', en: 'What may make C. unsure?' } },
      ],
      answers: { 'look-forward': 'De store børns legeplads.' },
    },
    parents: { label: { da: 'Mor og far', nb: 'Mor og far', en: 'Mum and Dad' }, answers: {} },
    professionals: { label: { da: 'Vuggestue og børnehave', nb: 'Småbarns- og storbarnsavdeling', en: 'Nursery and kindergarten staff' }, answers: {} },
  },
};

/** A store with one filled-in, editable session (`filled`) for stories. */
export async function storeWithFilledSession(worked: PerspectiveSession): Promise<MemoryStore> {
  const store = new MemoryStore();
  const { readOnly: _readOnly, ...rest } = worked;
  await store.put({ ...rest, id: 'filled', revision: 0 }, { expectedRevision: 0 });
  return store;
}
