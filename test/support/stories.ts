// Every story of every widget and core part as a test fixture: render it the way Storybook does
// (meta args + story args, story render or meta render) into a host element and wait until what
// it shows has loaded. Used by the focus-visible sweep and the 320 px checks.
import { waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import * as reflectionDeck from '../../stories/reflection-cards/reflection-deck.stories.js';
import * as perspectiveTriangle from '../../stories/perspective-triangle/perspective-triangle.stories.js';
import * as changeModel from '../../stories/change-model/change-model.stories.js';
import * as changeModelEdit from '../../stories/change-model/change-model-edit.stories.js';
import * as relationMap from '../../stories/relation-map/relation-map.stories.js';
import * as button from '../../stories/core/button.stories.js';
import * as iconButton from '../../stories/core/icon-button.stories.js';
import * as textarea from '../../stories/core/textarea.stories.js';
import * as saveStatus from '../../stories/core/save-status.stories.js';
import * as dialog from '../../stories/core/dialog.stories.js';
import * as statusBadge from '../../stories/core/status-badge.stories.js';
import * as emptyState from '../../stories/core/empty-state.stories.js';

type Args = Record<string, unknown>;
type StoryModule = { default: Meta<Args> } & Record<string, StoryObj<Args> | Meta<Args>>;

const MODULES = [reflectionDeck, perspectiveTriangle, changeModel, changeModelEdit, relationMap, button, iconButton, textarea, saveStatus, dialog, statusBadge, emptyState] as unknown as StoryModule[];
const WIDGETS = 'sammen-reflection-deck, sammen-perspective-triangle, sammen-change-model, sammen-relation-map';

type Loadable = HTMLElement & { loaded?: Promise<unknown>; updateComplete?: Promise<unknown> };

export interface StoryFixture {
  /** "Widgets/Reflection deck / HostileContent". */
  name: string;
  /** Renders the story into `host` and resolves when its content has loaded. */
  mount(host: HTMLElement): Promise<void>;
}

function fixtureOf(module: StoryModule, exportName: string): StoryFixture {
  const meta = module.default;
  return {
    name: `${meta.title} / ${exportName}`,
    async mount(host) {
      const story = module[exportName] as StoryObj<Args>;
      const args = { ...(meta.args ?? {}), ...(story.args ?? {}) };
      const renderer = (story.render ?? meta.render) as (args: Args, context: unknown) => TemplateResult | Node;
      const output = renderer(args, { args, globals: {} });
      if (output instanceof Node) host.append(output);
      else render(output, host);
      const isWidgetStory = /^Widgets\//.test(meta.title ?? '');
      if (isWidgetStory) await waitUntil(() => host.querySelector(WIDGETS), 'the story renders a widget', { timeout: 5000 });
      const elements = [...host.querySelectorAll<Loadable>('*')].filter((element) => element.localName.startsWith('sammen-'));
      for (const element of elements) {
        await element.loaded;
        await element.updateComplete;
      }
      if (isWidgetStory) {
        const widget = host.querySelector<Loadable>(WIDGETS)!;
        // A story that acts on its widget after rendering (opens a form, a comparison) says when it is done.
        await (widget as Loadable & { storyReady?: Promise<void> }).storyReady;
        await waitUntil(() => !widget.shadowRoot?.querySelector('.loading, [aria-busy="true"]'), 'loaded', { timeout: 5000 });
        await widget.updateComplete;
      }
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    },
  };
}

/** Every story of every widget and core part. */
export const STORIES: StoryFixture[] = MODULES.flatMap((module) =>
  Object.keys(module)
    .filter((key) => key !== 'default')
    .map((key) => fixtureOf(module, key)),
);
