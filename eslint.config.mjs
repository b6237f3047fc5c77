// ESLint flat config: typescript-eslint, lit, wc and lit-a11y over every package, story and test.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

// Not held: no-invalid-change-handler. It guards against an old browser firing `change` on every
// arrow key in a <select>; today's browsers fire it on commit, and `blur` would lose the choice
// for keyboard users who never leave the field.
// lit-a11y's `recommended` enables nothing in flat config: name the rules we hold ourselves to.
const litA11yRules = Object.fromEntries(
  [
    'accessible-emoji', 'accessible-name', 'alt-text', 'anchor-is-valid', 'aria-activedescendant-has-tabindex',
    'aria-attr-valid-value', 'aria-attrs', 'aria-role', 'aria-unsupported-elements', 'autocomplete-valid',
    'click-events-have-key-events', 'definition-list', 'heading-hidden', 'iframe-title', 'img-redundant-alt', 'list',
    'mouse-events-have-key-events', 'no-access-key', 'no-aria-slot', 'no-autofocus', 'no-distracting-elements',
    'no-redundant-role', 'role-has-required-aria-attrs', 'role-supports-aria-attr',
    'scope', 'tabindex-no-positive', 'valid-lang',
  ].map((rule) => [`lit-a11y/${rule}`, 'error']),
);

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'storybook-static/**', 'coverage/**', '**/generated/**', 'docs/api/reference/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    plugins: { 'lit-a11y': litA11y },
    settings: { wc: { elementBaseClasses: ['LitElement', 'SammenElement'] } },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...litA11yRules,
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Custom elements are registered only in define.ts modules (conventions: class modules have no side effects).
      'wc/no-constructor-attributes': 'error',
    },
  },
  {
    files: ['**/test/**', '**/test-suites/**', '**/bench/**', 'test/**', 'stories/**', '.storybook/**', '**/*.config.*'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
