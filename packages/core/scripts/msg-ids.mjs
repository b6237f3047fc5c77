// A rollup plugin for the CDN builds (rollup.config.mjs): every `msg()` call gets its message id
// written in at build time, so the page never hashes a template to find its id, and
// @lit/localize's hashing (id-generation.js and fnv1a64.js) is left out of the bundle.
// (lit-localize has no such option for runtime mode: lit/lit#1469 asks for it; its
// `localeTransformers` are for transform mode's one build per locale.)
//
// A message's id is the one `lit-localize extract` gives it (the key of its translations in
// packages/*/src/generated/**/locales/*.ts), computed by @lit/localize's own `generateMsgId` from
// the same strings its analyser hashes: a string's text, or a template's cooked strings, `s` for a
// plain or `str` template and `h` for `html`. A call's `desc` is for translators only and is
// dropped; an `id` already written is kept.
//
// What is written is a short form of it: 17 characters in every call would cost a page more gzip
// bytes than the hashing code saves. Each id the generated translations have gets its place, in
// base 36, among all their ids sorted (`'s5e8250fb85d64c23'` → e.g. `'a7'`), and the generated
// locale modules are keyed by the same short ids in the bundle, so every locale chunk is smaller
// too. A message with no translation yet keeps its full id (and shows in English, as before).
//
// Anything this plugin cannot give an id to stops the build: a `msg` used other than called
// directly, a template it does not know, an options argument that is not a plain object. And in
// the bundle, @lit/localize's `generateMsgId` is one that throws, naming the message: a call
// that still reached the runtime without an id fails loudly (a console error, a failing page
// test) instead of showing English on a Danish page.
//
// Runs on JavaScript (rollup's `transform`, ordered after esbuild has removed the types), where
// strings and `str` templates are as written in the source. (An html`` template in a msg() would
// already have its line breaks collapsed by the literal minifier, so its id would not match its
// translation: test/msg-ids.node.test.ts checks every id written against the translations.)
import { readFileSync, readdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateMsgId, HASH_DELIMITER } from '@lit/localize/internal/id-generation.js';
import { attachScopes } from '@rollup/pluginutils';
import { walk } from 'estree-walker';
import MagicString from 'magic-string';
import { parseAst } from 'rollup/parseAst';

const LOCALIZE = '@lit/localize';
/** A generated locale module: packages/<pkg>/src/generated/locales/<locale>.ts, or a part's (locale-parts.mjs). */
const LOCALE_MODULE = /[\\/]packages[\\/][^\\/]+[\\/]src[\\/]generated[\\/](?:parts[\\/][^\\/]+[\\/])?locales[\\/][^\\/]+\.ts$/;
const ID_GENERATION = realpathSync(fileURLToPath(import.meta.resolve('@lit/localize/internal/id-generation.js')));
const STUB = '\0sammen-msg-ids:id-generation';

/** What the bundle has in place of @lit/localize's id generation: it is called only for a `msg()` that has no id. */
const STUB_CODE = `export function generateMsgId(strings) {
  throw new Error('msg() without a build-time id (packages/core/scripts/msg-ids.mjs): ' + JSON.stringify(typeof strings === 'string' ? strings : strings.join('\${…}')));
}
`;

/** Where a node is, for an error: `file:line:column`. */
const at = (id, code, node) => {
  const before = code.slice(0, node.start).split('\n');
  return `${id}:${before.length}:${before.at(-1).length + 1}`;
};

/** The local names a module imports @lit/localize's `msg` and `str` under; throws on a namespace or a re-export of `msg`. */
function localizeImports(ast, fail) {
  const names = { msg: [], str: [] };
  for (const node of ast.body) {
    if (node.source?.value !== LOCALIZE) continue;
    if (node.type === 'ImportDeclaration') {
      for (const specifier of node.specifiers) {
        if (specifier.type === 'ImportNamespaceSpecifier') fail(specifier, `import * from '${LOCALIZE}': import { msg } by name, so its calls can be found`);
        const imported = specifier.imported?.name ?? specifier.imported?.value;
        if (imported === 'msg' || imported === 'str') names[imported].push(specifier.local.name);
      }
    } else if (node.type === 'ExportAllDeclaration' || node.specifiers?.some((specifier) => specifier.local.name === 'msg')) {
      fail(node, `a re-export of msg: a call of it elsewhere would not get its id`);
    }
  }
  return names;
}

/** Whether `node` (an Identifier whose parent is `parent`) is a reference to a binding, not a property name. */
function isReference(node, parent) {
  if (parent.type === 'MemberExpression') return parent.object === node || parent.computed;
  if (parent.type === 'Property' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') {
    return parent.key !== node || parent.computed || (parent.type === 'Property' && parent.shorthand);
  }
  return !['ImportSpecifier', 'ImportDefaultSpecifier', 'ExportSpecifier', 'LabeledStatement', 'BreakStatement', 'ContinueStatement'].includes(parent.type);
}

/**
 * A `msg()` template's id, as `lit-localize extract` computes it (@lit/localize-tools'
 * program-analysis: `generateMsgIdFromAstNode`), or a reason it has none.
 */
function templateId(template, isStr) {
  let strings;
  let html = false;
  if (template.type === 'Literal' && typeof template.value === 'string') strings = [template.value];
  else if (template.type === 'TemplateLiteral' && template.expressions.length === 0) strings = [template.quasis[0].value.cooked];
  else if (template.type === 'TemplateLiteral') return { error: 'a template with expressions must use the str tag' };
  else if (template.type === 'TaggedTemplateExpression' && template.tag.type === 'Identifier') {
    // lit-localize's analyser takes a tag named `html` for Lit's; `str` is @lit/localize's own.
    html = template.tag.name === 'html';
    if (!html && !isStr(template.tag)) return { error: `a template tagged ${template.tag.name}, neither html nor str` };
    strings = template.quasi.quasis.map((quasi) => quasi.value.cooked);
  } else return { error: 'the first argument is not a string or template literal' };
  if (strings.some((string) => typeof string !== 'string')) return { error: 'a template with an invalid escape' };
  if (strings.some((string) => string.includes(HASH_DELIMITER))) return { error: 'a template holding the hash delimiter \\x1e' };
  return { id: generateMsgId(strings, html) };
}

/**
 * Writes each `msg()` call's id into `code` (a module's JavaScript, parsed to `ast`), as
 * `shorten` makes it.
 * @returns {{code: string, map: object, ids: string[]} | null} null when the module calls no msg;
 *   `ids` are the messages' full ids, as lit-localize names them
 */
export function writeMsgIds(code, ast, id = 'module', shorten = (full) => full) {
  const fail = (node, reason) => {
    throw new Error(`${at(id, code, node)}: ${reason} (packages/core/scripts/msg-ids.mjs)`);
  };
  const names = localizeImports(ast, fail);
  if (names.msg.length === 0) return null;
  const magic = new MagicString(code);
  const ids = [];
  let scope = attachScopes(ast, 'scope');
  // A name refers to the import where no function or block in between declares it again.
  const imported = (node, list) => node.type === 'Identifier' && list.includes(node.name) && !scope.contains(node.name);
  walk(ast, {
    enter(node, parent) {
      if (node.scope) scope = node.scope;
      if (node.type !== 'Identifier' || !parent || !imported(node, names.msg) || !isReference(node, parent)) return;
      if (parent.type !== 'CallExpression' || parent.callee !== node) fail(node, 'msg used other than called directly: its id cannot be written in');
      const [template, options, ...rest] = parent.arguments;
      if (!template || rest.length) fail(parent, `msg() takes 1 or 2 arguments, not ${parent.arguments.length}`);
      const result = templateId(template, (tag) => imported(tag, names.str));
      if (result.error) fail(template, `msg(): ${result.error}`);
      const idText = `{id: ${JSON.stringify(shorten(result.id))}}`;
      if (!options) {
        magic.appendLeft(template.end, `, ${idText}`);
        ids.push(result.id);
        return;
      }
      if (options.type !== 'ObjectExpression') fail(options, 'msg(): the options must be an object literal');
      const keys = options.properties.map((property) =>
        property.type === 'Property' && !property.computed ? (property.key.name ?? property.key.value) : fail(property, 'msg(): options hold only id and desc'),
      );
      if (keys.some((key) => key !== 'id' && key !== 'desc')) fail(options, 'msg(): options hold only id and desc');
      const given = options.properties.find((property) => (property.key.name ?? property.key.value) === 'id');
      if (given) {
        if (given.value.type !== 'Literal' || typeof given.value.value !== 'string') fail(given, 'msg(): an id is a string literal');
        ids.push(given.value.value);
      } else ids.push(result.id);
      magic.overwrite(options.start, options.end, given ? `{id: ${JSON.stringify(shorten(given.value.value))}}` : idText);
    },
    leave(node) {
      if (node.scope) scope = scope.parent;
    },
  });
  return { code: magic.toString(), map: magic.generateMap({ hires: true, source: id }), ids };
}

/** The `templates` object a generated locale module exports (`export const templates = {…}`). */
function templatesObject(ast) {
  for (const node of ast.body) {
    const declarator = node.type === 'ExportNamedDeclaration' && node.declaration?.type === 'VariableDeclaration' ? node.declaration.declarations[0] : undefined;
    if (declarator?.id.name === 'templates' && declarator.init?.type === 'ObjectExpression') return declarator.init;
  }
  return undefined;
}

/** The message ids a generated locale module (JavaScript, parsed to `ast`) has translations for. */
export function templateIds(ast) {
  const templates = templatesObject(ast);
  if (!templates) throw new Error('a generated locale module without `export const templates = {…}`');
  return templates.properties.map(keyOf);
}

/** A property's key, written as a string or a name. */
const keyOf = (property) => (property.key.type === 'Literal' ? String(property.key.value) : property.key.name);

/** Every message id the generated locale modules of `root`'s packages have translations for, sorted. */
export function translatedIds(root, parse) {
  const ids = new Set();
  for (const pkg of readdirSync(join(root, 'packages'))) {
    const generated = join(root, 'packages', pkg, 'src', 'generated');
    let files;
    try {
      files = readdirSync(generated, { recursive: true }).map(String);
    } catch {
      continue;
    }
    for (const file of files.filter((name) => LOCALE_MODULE.test(join(generated, name)))) {
      for (const id of templateIds(parse(readFileSync(join(generated, file), 'utf8')))) ids.add(id);
    }
  }
  return [...ids].sort();
}

/** Each of `ids` (sorted) → its short id: its place in base 36. */
export function shortIds(ids) {
  return new Map(ids.map((full, index) => [full, index.toString(36)]));
}

/**
 * The rollup plugin. `ids` (on the returned plugin) collects every id written, module by module,
 * for the tests that check them against the generated translations.
 */
export function msgIds() {
  const ids = new Map();
  let short = new Map();
  const shorten = (full) => {
    const id = short.get(full);
    if (id !== undefined) return id;
    // An id with no translation is kept; it must not look like a short one.
    if (/^[0-9a-z]{1,4}$/.test(full)) throw new Error(`msg() id ${JSON.stringify(full)} could be taken for a short id (packages/core/scripts/msg-ids.mjs)`);
    return full;
  };
  return {
    name: 'sammen-msg-ids',
    ids,
    buildStart() {
      ids.clear();
      short = shortIds(translatedIds(process.cwd(), parseAst));
    },
    // Before node-resolve: @lit/localize's runtime imports `./id-generation.js`.
    resolveId: {
      order: 'pre',
      async handler(source, importer, options) {
        if (!importer || !source.endsWith('id-generation.js')) return null;
        const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
        return resolved && realpathSync(resolved.id) === ID_GENERATION ? STUB : null;
      },
    },
    load: (id) => (id === STUB ? STUB_CODE : null),
    // After the other transforms: esbuild has made the module JavaScript.
    transform: {
      order: 'post',
      handler(code, id) {
        if (LOCALE_MODULE.test(id)) {
          // The translations, keyed by the short ids.
          const magic = new MagicString(code);
          const templates = templatesObject(this.parse(code));
          if (!templates) this.error('a generated locale module without `export const templates = {…}`');
          for (const property of templates.properties) magic.overwrite(property.key.start, property.key.end, JSON.stringify(shorten(keyOf(property))));
          return { code: magic.toString(), map: magic.generateMap({ hires: true, source: id }) };
        }
        if (id.startsWith('\0') || id.includes('/node_modules/') || !code.includes(LOCALIZE)) return null;
        const written = writeMsgIds(code, this.parse(code), id, shorten);
        if (!written) return null;
        ids.set(id, written.ids);
        return { code: written.code, map: written.map };
      },
    },
  };
}
