// Lint with zero warnings, and enforce the direction of imports between the three parts:
// shared/ is pure domain code, renderer/ never reaches into electron/, and only the one
// IPC wrapper touches ipcMain.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';

const sharedMustNotImport = [
  { group: ['**/electron/**', '**/renderer/**', 'electron', 'electron/*'], message: 'shared/ is pure: no Electron or renderer code.' },
  { group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'dexie', 'dexie-react-hooks', 'react-hook-form'], message: 'shared/ is pure: no React or Dexie.' },
  { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'shared/ runs in the renderer too: no Node built-ins.' },
];

// Components whose user-facing text all comes from the catalogues (renderer/i18n/locales).
// When an area is converted, add its folder here: from then on a literal word in its JSX, or
// in a label, title, placeholder or aria-label, fails lint.
const TRANSLATED_FILES = ['renderer/app/**/*.tsx', 'renderer/ui/**/*.tsx', 'renderer/i18n/**/*.tsx', 'renderer/features/settings/**/*.{ts,tsx}',
  'renderer/features/advice/**/*.tsx',
  'renderer/features/backups/**/*.{ts,tsx}',
  'renderer/features/referrals/**/*.tsx',
  'renderer/features/clinics/**/*.tsx',
  'renderer/features/today/**/*.tsx',
  'renderer/features/volunteers/**/*.tsx',
  'renderer/features/clients/**/*.tsx',
  'renderer/imports/**/*.tsx',
  'renderer/features/reports/**/*.tsx',
  'renderer/features/access/**/*.tsx',
];

// Props that reach the user as text, on elements and on our own components.
const TEXT_PROPS = [
  'aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'alt', 'title', 'placeholder', 'label',
  'lede', 'hint', 'error', 'caption', 'header', 'confirmLabel', 'cancelLabel', 'keepLabel', 'submitLabel',
];
const textProp = `JSXAttribute[name.name=/^(${TEXT_PROPS.join('|')})$/]`;
const literalText = (selector) => ({
  selector,
  message: 'User-facing text comes from the catalogues: use t(...) from react-i18next (see README, Languages).',
});

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', '.tmp/**', 'test-results/**', 'playwright-report/**'] },
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: sharedMustNotImport }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/electron/**', 'electron', 'electron/*'], message: 'The renderer reaches the shell only through renderer/platform.' },
          ],
        },
      ],
    },
  },
  {
    // Components and screens never touch the database: they go through renderer/data.
    files: ['renderer/features/**/*.{ts,tsx}', 'renderer/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/electron/**', 'electron', 'electron/*'], message: 'The renderer reaches the shell only through renderer/platform.' },
            { group: ['dexie', '**/db/**'], message: 'Screens use repositories and hooks from renderer/data, never the database.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/ipc/ipc-main-wrapper.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "ImportSpecifier[imported.name='ipcMain']", message: 'Only electron/ipc/ipc-main-wrapper.ts may import ipcMain.' },
        { selector: "MemberExpression[property.name='ipcMain']", message: 'Only electron/ipc/ipc-main-wrapper.ts may use ipcMain.' },
      ],
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'The shell does not import renderer code.' }] }],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx,mjs}', 'electron/*.mjs', '*.config.ts', '.ci/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: TRANSLATED_FILES,
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }],
      'no-restricted-syntax': [
        'error',
        literalText(`${textProp} > Literal[value=/\\p{L}/u]`),
        literalText(`${textProp} > JSXExpressionContainer > Literal[value=/\\p{L}/u]`),
        literalText(`${textProp} > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=/\\p{L}/u]`),
      ],
    },
  },
);
