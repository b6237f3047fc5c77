// The one list of widgets (packages/sammen/widgets.mjs) is complete and agrees with everything a
// widget must also be registered in, so a new widget cannot be half-added.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ADAPTER_PACKAGES, ALL_IN_ONE_PACKAGE, FOUNDATION_PACKAGES, PACKAGES, SERVER_PACKAGES, WIDGETS } from '../packages/sammen/widgets.mjs';

const listed = WIDGETS.map((widget) => widget.package);

/** A widget package: anything under packages/ with a `define` module, except core, the all-in-one, the adapters and the server. */
const widgetPackages = () =>
  readdirSync('packages')
    .filter((name) => existsSync(join('packages', name, 'package.json')))
    .filter((name) => !FOUNDATION_PACKAGES.includes(name) && !SERVER_PACKAGES.includes(name) && !ADAPTER_PACKAGES.includes(name) && name !== ALL_IN_ONE_PACKAGE);

test('every widget package is in the list of widgets, and every listed widget exists', () => {
  assert.deepEqual([...listed].sort(), widgetPackages().sort());
  for (const widget of WIDGETS) {
    assert.ok(existsSync(join('packages', widget.package, 'src', 'define.ts')), `${widget.package} has src/define.ts`);
    assert.ok(existsSync(widget.stories), `${widget.package}'s stories exist at ${widget.stories}`);
    const define = readFileSync(join('packages', widget.package, 'src', 'define.ts'), 'utf8');
    assert.ok(define.includes(`'${widget.tag}'`), `${widget.package}/src/define.ts registers <${widget.tag}>`);
  }
});

test('the list agrees with the workspaces, the type build and the all-in-one define module', () => {
  const root = JSON.parse(readFileSync('package.json', 'utf8')) as { workspaces: string[]; scripts: Record<string, string> };
  assert.deepEqual(root.workspaces, [...PACKAGES, ...SERVER_PACKAGES].map((name) => `packages/${name}`), 'root workspaces, in build order');
  for (const name of PACKAGES) assert.ok(root.scripts['build:types']!.includes(`packages/${name}/tsconfig.build.json`), `build:types builds ${name}`);
  const allInOne = readFileSync(join('packages', ALL_IN_ONE_PACKAGE, 'src', 'define.ts'), 'utf8');
  const sammenPackage = JSON.parse(readFileSync(join('packages', ALL_IN_ONE_PACKAGE, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  for (const name of listed) {
    assert.ok(allInOne.includes(`import '@sammen/${name}/define';`), `packages/sammen/src/define.ts defines @sammen/${name}`);
    assert.ok(sammenPackage.dependencies[`@sammen/${name}`], `sammen depends on @sammen/${name}`);
  }
});

test('every widget with translations brings them: its element class declares its generated translations', () => {
  for (const widget of WIDGETS) {
    if (!existsSync(join('packages', widget.package, 'translations'))) continue;
    const sources = readdirSync(join('packages', widget.package, 'src'))
      .filter((file) => file.endsWith('.ts'))
      .map((file) => readFileSync(join('packages', widget.package, 'src', file), 'utf8'));
    assert.ok(
      sources.some((source) => source.includes("from './generated/translations.js'") && source.includes('static override translations = translations')),
      `@sammen/${widget.package}'s element sets \`static override translations = translations\` (from './generated/translations.js'), or a page never loads its locale chunk`,
    );
  }
});
