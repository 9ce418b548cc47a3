import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const ui = ['react', 'react-dom', 'react-dom/*', 'd3', 'd3-*', 'zustand', 'zustand/*', 'katex'];
const pattern = (groups, message) => ({ group: groups, message });

/** Who may import whom (see design.md): each folder lists what it must not reach. */
const layer = (files, forbidden, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [pattern(forbidden, message)] }] },
});

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'wasm', '**/*.generated.ts', 'test-results', 'playwright-report', 'public', 'e2e-screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  layer(['src/engine/**'], [...ui, '**/models/**', '**/workers/**', '**/viz/**', '**/ui/**', '**/state/**', '**/lessons/**', '**/app/**', '**/i18n/**'],
    'The engine is a leaf: no UI, DOM libraries or app code.'),
  layer(['src/models/**'], [...ui, '**/workers/**', '**/viz/**', '**/ui/**', '**/state/**', '**/lessons/**', '**/app/**'],
    'Models build on the engine only.'),
  layer(['src/workers/**'], [...ui, '**/viz/**', '**/ui/**', '**/state/**', '**/lessons/**', '**/app/**'],
    'Workers run models; no UI.'),
  layer(['src/viz/**', 'src/ui/**'], ['**/engine/**', '**/engine', '**/models/**', '**/workers/**', '**/state/**', '**/lessons/**', '**/app/**'],
    'Charts and UI pieces take plain data; no engine or store.'),
  layer(['src/lib/**'], [...ui, '**/engine/**', '**/models/**', '**/workers/**', '**/viz/**', '**/ui/**', '**/state/**', '**/lessons/**', '**/app/**'],
    'lib holds framework-free helpers.'),
  {
    // A lesson folder is flat: `../name/…` from inside it can only mean another lesson.
    files: ['src/lessons/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '^\\.\\./[^./][^/]*/', message: 'Lessons never import each other; share through ui, viz, models or lib.' },
        { regex: '/engine(/|$)', message: 'Lessons reach the engine through models (pure step functions) or the worker client.' },
      ] }],
    },
  },
  {
    files: ['scripts/**', 'e2e/**', '*.config.*'],
    rules: { 'no-console': 'off' },
  },
);
