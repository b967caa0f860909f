import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** undici's transport and the CLI folder that holds it: never in the app or core. */
const nodeTransport = ['undici', 'undici/*', '**/cli/*', '**/cli'];

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'url'];

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'release', 'test-output', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Type-aware rules: a floating promise or a switch that misses a case compiles, then fails at run time.
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.node.json', './tsconfig.web.json', './tsconfig.test.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
    },
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Process boundaries: core runs in the CLI too, so it never reaches for Electron.
    files: ['src/core/**', 'src/cli/**', 'src/simulator/**', 'src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*'],
              message: 'core, cli, simulator and shared never import electron',
            },
          ],
        },
      ],
    },
  },
  {
    // core runs in the app too: undici's transport belongs to the CLI and tooling (src/cli).
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'core never imports electron' },
            { group: nodeTransport, message: 'core takes its transport injected; undici lives in src/cli' },
          ],
        },
      ],
    },
  },
  {
    // The idle tests watch the global timers; a timer imported from node:timers would slip past them.
    files: ['src/main/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'node:timers', message: 'use the global timers (the idle tests watch them)' },
            { name: 'timers', message: 'use the global timers (the idle tests watch them)' },
          ],
          patterns: [
            {
              group: nodeTransport,
              message: "the app talks through Chromium's network stack (adapters/electron-transport)",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', ...nodeBuiltins, '../core/*', '../main/*'],
              message: 'shared is imported by the renderer: no platform code',
            },
          ],
        },
      ],
    },
  },
  {
    // The renderer is web-only and talks to main only through window.dialer.
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', ...nodeBuiltins], message: 'the renderer has no Node or Electron access' },
            {
              group: ['**/core/**', '**/main/**', '**/preload/**'],
              message: 'the renderer talks to main through window.dialer only',
            },
          ],
        },
      ],
    },
  },
);
