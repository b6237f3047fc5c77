// Renders one story into the current document the way Storybook's preview does (the story's
// args over the meta's, its globals in the context), for tests that load a story into a fresh
// page (an iframe) rather than into the test page.
import { render, type TemplateResult } from 'lit';

type Args = Record<string, unknown>;
interface Story {
  args?: Args;
  globals?: Args;
  render?: (args: Args, context: unknown) => TemplateResult | Node;
}

/** Imports `/stories/<file>.stories.ts` and mounts its story `name` at the end of `<body>`. */
export async function mountStory(file: string, name: string): Promise<void> {
  const module = (await import(`/stories/${file}.stories.ts`)) as Record<string, Story> & { default: Story };
  const meta = module.default;
  const story = module[name];
  if (!story) throw new Error(`no story ${name} in ${file}`);
  const args = { ...(meta.args ?? {}), ...(story.args ?? {}) };
  const output = (story.render ?? meta.render)!(args, { args, globals: story.globals ?? {} });
  const host = document.createElement('div');
  document.body.append(host);
  if (output instanceof Node) host.append(output);
  else render(output, host);
}
