// One linter. The layering of src/ (ARCHITECTURE.md, "Layering") is enforced here with
// no-restricted-imports zones, and the safe-DOM rules ("Safe DOM") with no-restricted-syntax.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const browserish = ['webextension-polyfill', 'dexie', 'preact', 'preact/*'];
// Shipped code (everything under src but src/build) never reaches into build-time code or tests.
const shipped = ['**/build/**', '**/test/**'];
// Outside src/core, core is imported from its entry (src/core/index.ts) only.
const coreEntry = ['**/core/*'];
// Storage keeps plain records (src/shared/records.ts), never the message map.
const messageMap = ['**/shared/messages', '**/shared/validate', '**/shared/send', '**/shared/i18n'];
const zone = (files, patterns, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
  },
});
const unsafeDom = [
  {
    selector: "AssignmentExpression[left.property.name='innerHTML']",
    message: 'Page text is data: build nodes with textContent.',
  },
  {
    selector: "AssignmentExpression[left.property.name='outerHTML']",
    message: 'Page text is data: build nodes with textContent.',
  },
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
  zone(
    ['src/core/**'],
    [
      ...shipped,
      '**/shared/**',
      '**/data/**',
      '**/background/**',
      '**/content/**',
      '**/ui/**',
      '**/cli/**',
      'node:*',
      ...browserish,
    ],
    'src/core is pure: no browser, node, Dexie, Preact or other layers.',
  ),
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        'chrome',
        'browser',
        'document',
        'window',
        'indexedDB',
        'localStorage',
        'fetch',
      ],
    },
  },
  zone(
    ['src/content/**'],
    [...shipped, ...coreEntry, '**/background/**', '**/data/**', '**/ui/**', 'dexie', 'preact', 'preact/*'],
    'content never imports background, data or ui, and core only through src/core/index.ts.',
  ),
  zone(
    ['src/ui/**'],
    [...shipped, ...coreEntry, '**/content/**', '**/background/**', '**/data/**', 'dexie'],
    'ui talks to the background by message only (no data, no Dexie), and imports core through its entry.',
  ),
  zone(
    ['src/shared/**'],
    [
      ...shipped,
      ...coreEntry,
      '**/background/**',
      '**/content/**',
      '**/data/**',
      '**/ui/**',
      'dexie',
      'preact',
      'preact/*',
    ],
    'shared holds message and record types only.',
  ),
  zone(
    ['src/data/**'],
    [...shipped, ...coreEntry, ...messageMap, '**/background/**', '**/content/**', '**/ui/**', 'preact', 'preact/*'],
    'data is storage only: no message map, and core only through its entry.',
  ),
  zone(
    ['src/background/**'],
    [...shipped, ...coreEntry, '**/content/**', '**/ui/**', 'preact', 'preact/*'],
    'background wires data and core; core only through its entry.',
  ),
  zone(
    ['src/cli/**'],
    [
      ...shipped,
      ...coreEntry,
      '**/background/**',
      // The CLI reads a page with the content script's own reader (one reading of a page).
      '**/content/**',
      '!**/content/page-text',
      '**/ui/**',
      'webextension-polyfill',
      'preact',
      'preact/*',
    ],
    'cli runs in node over core, through its entry.',
  ),
  zone(
    ['src/files/**'],
    [
      ...shipped,
      ...coreEntry,
      '**/background/**',
      '**/content/**',
      '**/ui/**',
      '**/data/**',
      '**/cli/**',
      'node:*',
      ...browserish,
    ],
    'files holds the file readers shared by the CLI and the file page worker: libraries and core only.',
  ),
  zone(
    ['src/build/**'],
    [
      ...coreEntry,
      '**/test/**',
      '**/background/**',
      '**/content/**',
      '**/ui/**',
      '**/data/**',
      'webextension-polyfill',
      'preact',
      'preact/*',
    ],
    'build-time code reads list sources over core, through its entry.',
  ),
  // Tests build their fixture DOM from literal markup.
  { files: ['test/**'], rules: { 'no-restricted-syntax': 'off' } },
);
