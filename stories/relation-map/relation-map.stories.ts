import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { MemoryStore, parseRelationMap, type RelationMap, type Store } from '@sammen/sdk';
import { loadExampleGroup, loadExampleNetwork } from '@sammen/content';
import { normalizeLocale } from '@sammen/core';
import '@sammen/relation-map/define';
import { generatedGroup, hostileMap } from './map-fixtures.js';

interface MapArgs {
  map?: RelationMap;
  src?: string;
  /** Load the built-in example group or network in the page's language. */
  example?: 'group' | 'network';
  view?: 'drawing' | 'table' | 'list';
  presentation?: boolean;
  closeness?: boolean;
  compare?: boolean;
  width?: string;
  /** Keep the map in a store (autosave, delete). */
  stored?: boolean;
}

const pageLanguage = (globals: Record<string, unknown> | undefined) => normalizeLocale(String(globals?.lang ?? document.documentElement.lang));

async function exampleOf(kind: 'group' | 'network', lang: string): Promise<RelationMap> {
  const parsed = parseRelationMap(await (kind === 'network' ? loadExampleNetwork(lang) : loadExampleGroup(lang)));
  if (!parsed.ok) throw new Error('example invalid');
  return parsed.value;
}

const element = (args: MapArgs, map: RelationMap | undefined, store: Store) => html`<sammen-relation-map
  .map=${args.stored ? undefined : map}
  src=${ifDefined(args.src)}
  document-id=${ifDefined(args.stored && map ? map.id : undefined)}
  view=${args.view ?? 'drawing'}
  ?presentation=${args.presentation}
  .store=${store}
></sammen-relation-map>`;

const meta: Meta<MapArgs> = {
  title: 'Widgets/Relation map',
  component: 'sammen-relation-map',
  args: {},
  render: (args, context) => {
    const host = document.createElement('div');
    if (args.width) host.style.maxInlineSize = args.width;
    const store = new MemoryStore();
    void (async () => {
      const map = args.example ? await exampleOf(args.example, pageLanguage(context?.globals)) : args.map;
      if (args.stored && map) await store.put({ ...map, revision: 0 }, { expectedRevision: 0 });
      const { render } = await import('lit');
      render(element(args, map, store), host);
      const widget = host.querySelector('sammen-relation-map') as (HTMLElement & { loaded: Promise<unknown>; closenessLayer: boolean; panel: string | undefined }) | null;
      if (!widget) return;
      await widget.loaded;
      // Toggles a person would press, set directly so the story opens in that state.
      if (args.closeness) widget.closenessLayer = true;
      if (args.compare) widget.panel = 'compare';
    })();
    return host;
  },
};
export default meta;
type Story = StoryObj<MapArgs>;

/** The example children's group with two rounds (spring and autumn), in the page's language. */
export const ExampleGroup: Story = { args: { example: 'group' } };
/** Comparing autumn with spring: who moved out of "no one chose", new and lost ties. */
export const CompareRounds: Story = { args: { example: 'group', compare: true } };
/** The network around one child: sectors, rings by closeness, ties with strength and quality. */
export const NetworkMode: Story = { args: { example: 'network' } };
/** The staff–child closeness layer: children with few close adults are flagged. */
export const ClosenessLayer: Story = { args: { example: 'group', closeness: true } };
/** A new, empty map that offers the example. */
export const EmptyMap: Story = {};
/** Presentation mode for screen-sharing: initials only, notes hidden. */
export const PresentationMode: Story = { args: { example: 'group', presentation: true } };
/** The table view: people × ties, sortable. */
export const TableView: Story = { args: { example: 'group', view: 'table' } };
/** A generated large group: 300 children, 1,500 choices. */
export const LargeGroup: Story = { args: { map: generatedGroup(300, 1_500) } };
/** Kept in a store: autosave, save state and "delete this map". */
export const Stored: Story = { args: { example: 'group', stored: true } };
/** Markup and script in every label, shown as text. */
export const HostileContent: Story = { args: { map: hostileMap } };
/** An invalid document: the located error. */
export const InvalidDocument: Story = { args: { src: 'fixtures/relation-map/negative-in-group.json' } };
/** 320 px wide, as on a phone. */
export const NarrowScreen: Story = { args: { example: 'group', width: '320px' } };
/** In Danish. */
export const Danish: Story = { args: { example: 'group' }, globals: { lang: 'da' } };
/** In Norwegian bokmål. */
export const Norwegian: Story = { args: { example: 'group' }, globals: { lang: 'nb' } };
/** In Norwegian Nynorsk: the UI in Nynorsk; the example's text in Bokmål where it has no Nynorsk. */
export const Nynorsk: Story = { args: { example: 'group' }, globals: { lang: 'nn' } };
/** In English. */
export const English: Story = { args: { example: 'group' }, globals: { lang: 'en' } };
