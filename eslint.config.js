// One linter. Layering of src/ (../shared/STYLE.md) is enforced here with no-restricted-imports zones.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const browserish = ['webextension-polyfill', 'dexie', 'preact', 'preact/*'];
const zone = (files, patterns, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
  },
});
const unsafeDom = [
  { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Page text is data: build nodes with textContent.' },
  { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'Page text is data: build nodes with textContent.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Page text is data.' },
  { selector: "MemberExpression[object.name='document'][property.name='write']", message: 'Never document.write.' },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text is data.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-firefox/**', 'node_modules/**', 'public/**', 'test-results/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...unsafeDom],
    },
  },
  zone(['src/core/**'], ['**/shared/**', '**/data/**', '**/background/**', '**/content/**', '**/ui/**', '**/cli/**', 'node:*', ...browserish],
    'src/core is pure: no browser, node, Dexie, Preact or other layers.'),
  {
    files: ['src/core/**'],
    rules: { 'no-restricted-globals': ['error', 'chrome', 'browser', 'document', 'window', 'indexedDB', 'localStorage', 'fetch'] },
  },
  zone(['src/content/**'], ['**/background/**', '**/data/**', '**/ui/**', 'dexie', 'preact', 'preact/*'],
    'content never imports background, data or ui.'),
  zone(['src/ui/**'], ['**/content/**', '**/background/**'], 'ui talks to the background by message only.'),
  zone(['src/shared/**'], ['**/background/**', '**/content/**', '**/data/**', '**/ui/**', 'dexie', 'preact', 'preact/*'],
    'shared holds message types only.'),
  zone(['src/data/**'], ['**/background/**', '**/content/**', '**/ui/**', 'preact', 'preact/*'], 'data is storage only.'),
  zone(['src/cli/**'], ['**/background/**', '**/content/**', '**/ui/**', 'webextension-polyfill', 'preact', 'preact/*'],
    'cli runs in node over core.'),
  // Tests build their fixture DOM from literal markup.
  { files: ['test/**'], rules: { 'no-restricted-syntax': 'off' } },
);
