// Axe on every story of the shared parts, with the stories as fixtures: a new story is checked
// the moment it is written.
import { expect, fixture } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

type StoryModule = { default: Meta<Record<string, unknown>> } & Record<string, StoryObj<Record<string, unknown>> | Meta<Record<string, unknown>>>;


import * as button from '../../../stories/core/button.stories.js';
import * as iconButton from '../../../stories/core/icon-button.stories.js';
import * as textarea from '../../../stories/core/textarea.stories.js';
import * as saveStatus from '../../../stories/core/save-status.stories.js';
import * as dialog from '../../../stories/core/dialog.stories.js';
import * as statusBadge from '../../../stories/core/status-badge.stories.js';
import * as emptyState from '../../../stories/core/empty-state.stories.js';

const STORY_MODULES = { button, iconButton, textarea, saveStatus, dialog, statusBadge, emptyState } as unknown as Record<string, StoryModule>;

/** Renders a CSF3 story the way Storybook does: meta args + story args, story render or meta render. */
export function renderStory(module: StoryModule, name: string): TemplateResult {
  const meta = module.default;
  const story = module[name] as StoryObj<Record<string, unknown>>;
  const args = { ...(meta.args ?? {}), ...(story.args ?? {}) };
  const renderer = (story.render ?? meta.render) as (args: Record<string, unknown>, context: unknown) => TemplateResult;
  return renderer(args, { args });
}

describe('every story of the shared parts passes axe', () => {
  for (const [moduleName, module] of Object.entries(STORY_MODULES)) {
    for (const name of Object.keys(module).filter((key) => key !== 'default')) {
      it(`${module.default.title} / ${name}`, async () => {
        const host = await fixture<HTMLDivElement>(html`<div></div>`);
        render(renderStory(module, name), host);
        const elements = [...host.querySelectorAll('*')].filter((element) => element.localName.startsWith('sammen-'));
        expect(elements.length, `${moduleName}.${name} renders a Sammen element`).to.be.greaterThan(0);
        await Promise.all(elements.map((element) => (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
        for (const element of elements) expect(customElements.get(element.localName), `${element.localName} is defined`).to.exist;
        await expect(host).to.be.accessible();
      });
    }
  }
});
