import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const door = 'Services and the database never load Electron or a front door (DESIGN.md layout).';
const below = 'The database layer never calls a service: move the logic up, or the SQL down.';
/** Import patterns of the front doors (Electron entry, IPC, browser-mode server, CLI). */
const frontDoors = [
  { group: ['electron', 'electron/*'], message: door },
  {
    group: ['**/main/index', '**/ipc/**', '**/server/**', '**/cli/**', '**/preload/**'],
    message: door,
  },
];
const renderer = [
  { group: ['**/renderer/**'], message: 'The main process never loads renderer code.' },
];
/** The composition root (src/main/app) builds the services, so nothing below it loads it. */
const compositionRoot = [
  {
    group: ['**/app/**'],
    message:
      'Services and the database never load the composition root (src/main/app) that builds them.',
  },
];

/** Refuses imports matching `patterns` in main-process `files` (their tests may cross layers). */
function layer(files, patterns) {
  return {
    files,
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The renderer and shared code must not reach Node or Electron (DESIGN.md layout).
    files: ['src/renderer/**/*.{ts,tsx}', 'src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'electron', '**/main/**', '**/preload/**'] },
      ],
    },
  },
  // Dependencies point one way (DESIGN.md): front doors → services → repositories → db.
  // Services run under Node for the CLI, the browser mode and the tests, so they never load
  // Electron or a front door. Tests may cross layers to drive a door.
  layer(['src/main/services/**/*.ts'], [...frontDoors, ...renderer, ...compositionRoot]),
  // The composition root opens the corpus and wires the services for every door, so it loads
  // services and the database but no door: the CLI and the browser mode run it without Electron.
  layer(['src/main/app/**/*.ts'], [...frontDoors, ...renderer]),
  // Export is a leaf that notes call: it gets what it needs as parameters (issue 18).
  // (This replaces the services' rule for export's files, so it repeats their patterns.)
  layer(
    ['src/main/services/export/**/*.ts'],
    [
      ...frontDoors,
      ...renderer,
      ...compositionRoot,
      { group: ['**/notes/**'], message: 'Export never loads notes: notes call export.' },
    ],
  ),
  // The database layer is below the services: it never calls one.
  layer(
    ['src/main/db/**/*.ts'],
    [...frontDoors, ...renderer, ...compositionRoot, { group: ['**/services/**'], message: below }],
  ),
);
