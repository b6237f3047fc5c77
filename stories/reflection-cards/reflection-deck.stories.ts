import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { MemoryStore, type ReflectionDeck } from '@sammen/sdk';
import '@sammen/reflection-cards/define';
import { bilingualDeck, emptyDeck, generatedDeck, hostileDeck, longTextDeck } from './deck-fixtures.js';

interface DeckArgs {
  deck?: ReflectionDeck;
  src?: string;
  sessionId?: string;
  card?: string;
  secondLang?: string;
  width?: string;
}

// Stories keep their notes in memory, so reloading the story starts fresh and nothing a
// designer types lands in the browser's storage.
const storyStore = new MemoryStore();

const meta: Meta<DeckArgs> = {
  title: 'Widgets/Reflection cards',
  component: 'sammen-reflection-deck',
  args: {},
  render: (args) => html`<div style=${args.width ? `max-inline-size: ${args.width}` : ''}>
    <sammen-reflection-deck
      .deck=${args.deck}
      src=${ifDefined(args.src)}
      session-id=${ifDefined(args.sessionId)}
      card=${ifDefined(args.card)}
      second-lang=${ifDefined(args.secondLang)}
      .store=${storyStore}
    ></sammen-reflection-deck>
  </div>`,
};
export default meta;
type Story = StoryObj<DeckArgs>;

/** The built-in example deck, in the page's language. */
export const Default: Story = {};
/** A working session: discussed marks, notes per question, progress, export. */
export const WorkingSession: Story = { args: { sessionId: 'story-session' } };
/** One card large, for projecting in a meeting (←/→, R draws a card). */
export const FocusMode: Story = { args: { card: 'new-families', sessionId: 'story-session' } };
/** A municipality's own deck, loaded from a JSON file with `src`. */
export const MunicipalDeckFromSrc: Story = { args: { src: 'fixtures/reflection-deck/municipal-deck.json' } };
/** Long Danish words and sentences never break out of the layout. */
export const LongDanishText: Story = { args: { deck: longTextDeck } };
/** A deck without cards. */
export const EmptyDeck: Story = { args: { deck: emptyDeck } };
/** A card with no questions: the located error. */
export const InvalidDeck: Story = { args: { src: 'fixtures/reflection-deck/invalid-deck.json' } };
/** Danish with Arabic beside it (`second-lang="ar"`), each block in its own direction. */
export const SecondLanguageArabic: Story = { args: { deck: bilingualDeck, secondLang: 'ar', card: 'talk' } };
/** Markup and script in every text field, shown as text. */
export const HostileContent: Story = { args: { deck: hostileDeck } };
/** 320 px wide, as on a phone. */
export const NarrowScreen: Story = { args: { width: '320px', sessionId: 'story-session' } };
/** 200 generated cards. */
export const LargeDeck: Story = { args: { deck: generatedDeck(200) } };
/** In Danish (the toolbar's language switch works on every story). */
export const Danish: Story = { globals: { lang: 'da' } };
/** In Norwegian bokmål. */
export const Norwegian: Story = { globals: { lang: 'nb' } };
/** In Norwegian Nynorsk: the UI in Nynorsk; the example's text in Bokmål where it has no Nynorsk. */
export const Nynorsk: Story = { globals: { lang: 'nn' } };
/** In English. */
export const English: Story = { globals: { lang: 'en' } };
