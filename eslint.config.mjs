// `npm run lint` (office-addin-lint) uses this file: Office's add-in rules (load before read,
// sync after load…), TypeScript and JSX, and the fence that keeps the domain free of hosts.
import officeAddins from 'eslint-plugin-office-addins';
import tsParser from '@typescript-eslint/parser';

export default [
  ...officeAddins.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    // TypeScript (strict) already checks names and globals such as Excel and Office, and
    // unused names (the base rule misreads parameter names in function types).
    rules: { 'no-undef': 'off', 'no-unused-vars': 'off' },
  },
  {
    // A key taken out of an object to keep the rest (`const { [key]: _old, ...rest } = o`) is
    // the idiom for "all but", not an unused name. (The files Office's config lints with the
    // TypeScript plugin.)
    files: ['**/*.{ts,cts,mts}'],
    rules: { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }] },
  },
  {
    // The adapter queues loads and reads the proxies in closures run after the sync; these
    // rules cannot follow a closure. What they guard is proved at run time instead: the tests
    // run the adapter on the in-memory Excel, which throws PropertyNotLoaded like Excel does.
    // The in-memory Excel is the host side, not add-in code.
    files: ['src/excel/**/*.ts', 'src/excel-sim/**/*.ts'],
    rules: {
      'office-addins/load-object-before-read': 'off',
      'office-addins/call-sync-before-read': 'off',
      'office-addins/call-sync-after-load': 'off',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['exceljs', 'react', 'react-dom', '@fluentui/*', '@microsoft/office-js', 'node:*'],
              message: 'src/domain is pure: no host, UI or Node imports.',
            },
            { group: ['../*'], message: 'src/domain imports only itself.' },
          ],
        },
      ],
    },
  },
  {
    // The adapters read grids and write finished layouts; which sheet, which catalog and what the
    // report holds are decided once, in src/workflow (test/architecture.test.ts checks the same).
    files: ['src/excel/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['../report', '../report/index'].map((name) => ({ name, message: 'Adapters make no domain decision: call src/workflow.' })),
          patterns: [
            {
              group: ['**/domain/locate', '**/domain/reconcile', '**/domain/catalog', '**/domain/catalog.default.json', '**/report/build-report'],
              message: 'Adapters make no domain decision: call src/workflow.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/excel-sim/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/domain/*'], message: 'The in-memory Excel is a host, not a client of the engine: nothing from src/domain.' }] },
      ],
    },
  },
];
