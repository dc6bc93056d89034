import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The engine and the summary must stay free of React, the DOM and the router,
// so that the command line and the web app run the same decision logic.
const pureLayers = {
  patterns: [
    {
      group: ['react', 'react-dom', 'react-dom/*', 'react-router', 'react-router/*', '@xstate/react'],
      message: 'The engine and summary know nothing of React or the router.',
    },
    {
      group: ['**/ui/**', '**/app/**', '**/cli/**'],
      message: 'Dependencies point one way: app -> ui -> summary -> engine.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results', 'flows/flow.schema.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // React Router ends a loader or action early with a thrown response (a redirect, or data with a 404).
      '@typescript-eslint/only-throw-error': [
        'error',
        {
          allow: [
            { from: 'lib', name: 'Response' },
            { from: 'package', package: 'react-router', name: 'DataWithResponseInit' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...pureLayers.patterns,
            { group: ['**/summary/**'], message: 'The engine does not depend on the summary.' },
          ],
        },
      ],
    },
  },
  { files: ['src/summary/**/*.ts'], rules: { 'no-restricted-imports': ['error', pureLayers] } },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/app/**', '**/cli/**'],
              message: 'The UI does not import the app wiring or the command line.',
            },
          ],
        },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
