import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Which folder may import which (docs/architecture.md): every folder names what
// it must not import, so an arrow pointing the wrong way fails `npm run lint`.
const REACT = {
  group: ['react', 'react-dom', 'react-dom/*', 'react-router', 'react-router/*'],
  message: 'Only the app and the UI know React and the router.',
};
const folder = (name, message) => ({ group: [`**/${name}/**`], message });
const APP = folder('app', 'Only src/main.tsx imports the app wiring.');
const UI = folder('ui', 'The UI is imported by the app only: app -> ui -> summary -> engine.');
const SUMMARY = folder('summary', 'The summary sits above the engine: app -> ui -> summary -> engine.');
const CLI = folder('cli', 'Nothing imports the command line but scripts and tests.');
const VERIFICATION = folder(
  'verification',
  'Verification is tooling for the CLI, scripts and tests, never the runtime.',
);
const DIAGRAM = folder(
  'diagram',
  'The diagram is drawn at build time (vite-plugins/) and by the CLI, never at run time.',
);
const DIAGRAM_DATA = [
  {
    group: ['**/diagram/**', '!**/diagram/flow-diagram.ts'],
    message: 'The pages get the diagram as build-time data: no diagram code in the browser.',
  },
  {
    group: ['**/diagram/flow-diagram.ts'],
    allowTypeImports: true,
    message: 'Only the types of the diagram data: the data itself comes from the build.',
  },
];
const PACKS = folder(
  'packs',
  'Packs sit beside the engine: only the CLI, scripts and tests import them for now.',
);
const NODE = {
  group: ['node:*'],
  message: 'Packs are pure data and functions, for the browser too: files are read in src/cli.',
};
const BUILD = folder('vite-plugins', 'Vite plugins are for vite.config.ts and tests only.');
const SCRIPTS = folder('scripts', 'Scripts are run, not imported (except by tests and the e2e config).');
const TESTS = folder('tests', 'Production code and scripts never import tests.');
const FLOW_FILE = {
  group: ['**/flow-file.ts'],
  message:
    'The flow file is read by the build, the CLI, scripts and tests: the app gets the flow from the build.',
};
const PROJECT = {
  group: ['./*', '../*', '../**'],
  message: 'A shared leaf module imports nothing of the project.',
};

const restrict = (files, patterns) => ({
  files,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
});

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
  // The runtime: pure TypeScript, the same decisions for the web app and the command line.
  restrict(
    ['src/engine/**'],
    [REACT, APP, UI, SUMMARY, CLI, VERIFICATION, DIAGRAM, PACKS, BUILD, SCRIPTS, TESTS, FLOW_FILE],
  ),
  // Partnership packs: pure, like the engine, whose types and date helpers they may use.
  restrict(
    ['src/packs/**'],
    [REACT, NODE, APP, UI, SUMMARY, CLI, VERIFICATION, DIAGRAM, BUILD, SCRIPTS, TESTS, FLOW_FILE],
  ),
  restrict(
    ['src/summary/**'],
    [REACT, APP, UI, CLI, VERIFICATION, DIAGRAM, BUILD, SCRIPTS, TESTS, FLOW_FILE],
  ),
  restrict(['src/verification/**'], [REACT, APP, UI, SUMMARY, CLI, DIAGRAM, BUILD, SCRIPTS, TESTS]),
  restrict(['src/diagram/**'], [REACT, APP, UI, SUMMARY, CLI, VERIFICATION, BUILD, SCRIPTS, TESTS]),
  restrict(['src/ui/**'], [APP, CLI, VERIFICATION, ...DIAGRAM_DATA, BUILD, SCRIPTS, TESTS, FLOW_FILE]),
  restrict(['src/app/**'], [CLI, VERIFICATION, ...DIAGRAM_DATA, BUILD, SCRIPTS, TESTS, FLOW_FILE]),
  restrict(['src/main.tsx'], [CLI, VERIFICATION, DIAGRAM, BUILD, SCRIPTS, TESTS, FLOW_FILE]),
  restrict(['src/cli/**'], [REACT, APP, UI, BUILD, SCRIPTS, TESTS]),
  restrict(['src/*.ts'], [PROJECT]),
  restrict(['vite-plugins/**'], [REACT, APP, UI, SUMMARY, CLI, VERIFICATION, SCRIPTS, TESTS]),
  // A module loaded by its path in a string (Vite's module runner) is an import
  // lint cannot follow: only the pre-render plugins may, and only into
  // src/app/prerender/ and the journey modules they preload (docs/architecture.md).
  {
    files: ['**/*.{ts,tsx,js}'],
    // (Not this file, whose globs name folders, nor tests, which may import anything.)
    // The command line's bundle (decision 0031) is built from, and keyed by, its own sources.
    ignores: [
      'vite-plugins/vite-plugin-prerender-*.ts',
      'src/cli/triage-bundle.ts',
      'src/cli/build-triage-bundle.ts',
      'src/cli/flow-check-cache.ts',
      'scripts/bench-cli.ts',
      'eslint.config.js',
      'tests/**',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[value=/^\\/?src\\//]',
          message:
            'A module path in a string hides an import from lint: import it, or add the file to the allow-list in eslint.config.js and draw the arrow in docs/architecture.md.',
        },
      ],
    },
  },
  // The nginx helper needs the name of the headers file the CSP plugin writes.
  restrict(['scripts/**'], [APP, UI, TESTS]),
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
