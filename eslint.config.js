// One linter, zero warnings. The import direction of ARCHITECTURE.md is enforced here:
// src/core imports nothing of the project; server and cli reach the rest only through services.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Tests may reach across layers to set up what they check; the rule binds the code they test.
const layer = (files, forbidden, message) => ({
  files,
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((dir) => ({ group: [`**/${dir}/*`, `**/${dir}`], message })) },
    ],
  },
});

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'web/dist', 'data', 'coverage', 'test-artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  { languageOptions: { globals: globals.node } },
  // The web UI runs in the browser (its vite.config.ts runs in Node).
  { files: ['web/src/**'], languageOptions: { globals: globals.browser } },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-console': 'off',
    },
  },
  layer(
    ['src/core/**'],
    ['dossier', 'store', 'flows', 'ingest', 'services', 'server', 'cli'],
    'src/core is pure: it imports nothing else of the project.',
  ),
  layer(
    ['src/dossier/**'],
    ['store', 'flows', 'ingest', 'services', 'server', 'cli'],
    'src/dossier depends only on src/core.',
  ),
  layer(
    ['src/store/**'],
    ['dossier', 'flows', 'ingest', 'services', 'server', 'cli'],
    'src/store depends only on src/core.',
  ),
  layer(
    ['src/flows/**'],
    ['dossier', 'store', 'ingest', 'services', 'server', 'cli'],
    'src/flows depends only on src/core.',
  ),
  layer(
    ['src/ingest/**'],
    ['dossier', 'store', 'flows', 'services', 'server', 'cli'],
    'src/ingest depends only on src/core.',
  ),
  layer(
    ['src/services/**'],
    ['server', 'cli'],
    'Services are called by server and cli, never the other way round.',
  ),
  // The dashboard talks to the server over HTTP; of the project's code it shares only the
  // pure reading of a file's bytes, so a picked file reads as `detente ingest` reads it.
  {
    files: ['web/src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`(?:^|/)src/(?!ingest/decode\.ts$)`,
              message: 'web/ reads and writes through the HTTP API (see ARCHITECTURE.md).',
            },
          ],
        },
      ],
    },
  },
  layer(
    ['src/cli/**', 'src/server/**'],
    ['core/duty', 'dossier', 'store', 'flows', 'ingest'],
    'The edges are thin: they call src/services, not the modules behind them.',
  ),
);
