import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { MemoryStore, parsePerspectiveSession, type PerspectiveSession, type Store } from '@sammen/sdk';
import { loadWorkedCase } from '@sammen/content';
import { normalizeLocale } from '@sammen/core';
import '@sammen/perspective-triangle/define';
import { customSession, hostileSession, storeWithFilledSession } from './session-fixtures.js';

interface TriangleArgs {
  session?: PerspectiveSession;
  src?: string;
  documentId?: string;
  guided?: boolean;
  view?: 'work' | 'summary';
  width?: string;
  filled?: boolean;
}

// Stories keep sessions in memory: reloading starts fresh, nothing lands in the browser's storage.
const emptyStore = new MemoryStore();
// The filled-in session is the worked case in the page's language (it exists in da, nb and en):
// one store per language, so the English story shows English content, not Danish.
const filledStores = new Map<string, Promise<Store>>();
const filled = (lang: string) => {
  let store = filledStores.get(lang);
  if (!store) {
    store = loadWorkedCase(lang).then((doc) => {
      const parsed = parsePerspectiveSession(doc);
      if (!parsed.ok) throw new Error('worked case invalid');
      return storeWithFilledSession(parsed.value);
    });
    filledStores.set(lang, store);
  }
  return store;
};

/** The story's page language: the toolbar's (or the story's) `lang` global, else `<html lang>`. */
const pageLanguage = (globals: Record<string, unknown> | undefined) => normalizeLocale(String(globals?.lang ?? document.documentElement.lang));

const triangle = (args: TriangleArgs, store: Store) => html`<sammen-perspective-triangle
  .session=${args.session}
  src=${ifDefined(args.src)}
  document-id=${ifDefined(args.documentId)}
  ?guided=${args.guided}
  view=${args.view ?? 'work'}
  .store=${store}
></sammen-perspective-triangle>`;

const meta: Meta<TriangleArgs> = {
  title: 'Widgets/Perspective triangle',
  component: 'sammen-perspective-triangle',
  args: {},
  render: (args, context) => {
    const host = document.createElement('div');
    if (args.width) host.style.maxInlineSize = args.width;
    const mount = (store: Store) => import('lit').then(({ render }) => render(triangle(args, store), host));
    void (args.filled ? filled(pageLanguage(context?.globals)).then(mount) : mount(emptyStore));
    return host;
  },
};
export default meta;
type Story = StoryObj<TriangleArgs>;

/** No document: the saved situations to resume, "new", and the worked example. */
export const SessionList: Story = {};
/** A new, empty session. */
export const NewSession: Story = { args: { documentId: 'new-story-session' } };
/** A filled-in session, editable and autosaved. */
export const FilledIn: Story = { args: { documentId: 'filled', filled: true } };
/** Guided mode: corner by corner, child first. */
export const Guided: Story = { args: { documentId: 'guided-story-session', guided: true } };
/** A document with its own perspective labels and prompts (opened read-only). */
export const CustomLabelsAndPrompts: Story = { args: { session: customSession } };
/** A municipality's training case from `src`, read-only with "work on a copy". */
export const TrainingCaseFromSrc: Story = { args: { src: 'fixtures/perspective-triangle/training-case.json' } };
/** The one-page summary (also what is printed). */
export const PrintSummary: Story = { args: { documentId: 'filled', filled: true, view: 'summary' } };
/** An invalid document: the located error. */
export const InvalidDocument: Story = { args: { src: 'fixtures/perspective-triangle/invalid-session.json' } };
/** Markup and script in every field, shown as text. */
export const HostileContent: Story = { args: { session: hostileSession } };
/** 320 px wide, as on a phone: the triangle above the panel. */
export const NarrowScreen: Story = { args: { documentId: 'filled', filled: true, width: '320px' } };
/** In Danish. */
export const Danish: Story = { args: { documentId: 'filled', filled: true }, globals: { lang: 'da' } };
/** In Norwegian bokmål. */
export const Norwegian: Story = { args: { documentId: 'filled', filled: true }, globals: { lang: 'nb' } };
/** In Norwegian Nynorsk: the UI in Nynorsk; the example's text in Bokmål where it has no Nynorsk. */
export const Nynorsk: Story = { args: { documentId: 'filled', filled: true }, globals: { lang: 'nn' } };
/** In English. */
export const English: Story = { args: { documentId: 'filled', filled: true }, globals: { lang: 'en' } };
