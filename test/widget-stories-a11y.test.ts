// Axe on every story of every widget, with the stories as fixtures: long Danish text, hostile
// content, right-to-left, narrow screens, errors and empty states are all checked the moment a
// story for them exists.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { WIDGETS as WIDGET_LIST } from '../packages/sammen/widgets.mjs';

type Args = Record<string, unknown>;
type StoryModule = { default: Meta<Args> } & Record<string, StoryObj<Args> | Meta<Args>>;
// Every widget's stories, from the one list of widgets (a new widget's stories are swept at once).
const MODULES = (await Promise.all(WIDGET_LIST.map((widget) => import(`/${widget.stories}`)))) as StoryModule[];
const WIDGETS = WIDGET_LIST.map((widget) => widget.tag).join(', ');

type Widget = HTMLElement & { loaded: Promise<unknown>; updateComplete: Promise<unknown> };

before(() => {
  document.documentElement.lang = 'da';
});

describe('every widget story passes axe', function () {
  // Axe over a 200-card deck takes seconds on a loaded machine (with coverage): a slow check is not a failure.
  this.timeout(60_000);
  for (const module of Object.values(MODULES)) {
    for (const name of Object.keys(module).filter((key) => key !== 'default')) {
      it(`${module.default.title} / ${name}`, async () => {
        const meta = module.default;
        const story = module[name] as StoryObj<Args>;
        const args = { ...(meta.args ?? {}), ...(story.args ?? {}) };
        const renderer = (story.render ?? meta.render) as (args: Args, context: unknown) => TemplateResult | Node;
        const host = await fixture<HTMLDivElement>(html`<div></div>`);
        // A story whose `src` cannot be fetched would be checked as an empty error box: fail it.
        const unreachable: string[] = [];
        host.addEventListener('sammen-error', (event) => {
          const { code, message } = (event as CustomEvent<{ code: string; message: string }>).detail;
          if (code === 'fetch-failed') unreachable.push(message);
        });
        const output = renderer(args, { args, globals: {} });
        if (output instanceof Node) host.append(output);
        else render(output, host);
        await waitUntil(() => host.querySelector(WIDGETS), 'the story renders a widget', { timeout: 5000 });
        const widget = host.querySelector<Widget>(WIDGETS)!;
        await widget.loaded;
        await waitUntil(() => !widget.shadowRoot?.querySelector('.loading'), 'loaded', { timeout: 5000 });
        await widget.updateComplete;
        expect(unreachable, 'every file the story loads is found').to.deep.equal([]);
        await expect(host).to.be.accessible();
        // axe over a 200-card deck takes 11–13 s on the shared, loaded test machine (before and
        // after the changes of issue 14): a correctness check, not a speed budget.
      }).timeout(60_000);
    }
  }
});
