// Lint: typescript-eslint's recommended rules that need no type information, tuned to flag real
// problems. Formatting is prettier's job (.prettierrc.json); import boundaries are
// dependency-cruiser's (.dependency-cruiser.cjs).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Code that runs in a browser page or frame: the emulated Stripe.js and its frames, the checkout page scripts, the fixture merchant's public scripts. */
const browserCode = ['harness/emulator/browser/**', 'harness/checkout/browser/**', 'fixtures/checkouts/*/public/**'];
/** Node-side files inside those folders: Playwright tests, their page server, unit tests. */
const nodeInsideBrowserCode = ['harness/stripe-js-e2e/**', '**/*.test.ts', '**/*.spec.ts', '**/*.config.ts'];

export default tseslint.config(
  {
    ignores: ['node_modules/', 'reports/', 'types/', 'test-results/', 'playwright-report/', 'blob-report/', 'harness/emulator/http/spec-params.ts'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: globals.node },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // An unused name is a leftover; a leading underscore says "unused on purpose".
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Wire data is typed `unknown` and narrowed; an `any` is worth a look, not a failed build.
      '@typescript-eslint/no-explicit-any': 'warn',
      // `import type` keeps type-only imports out of the browser bundles (verbatimModuleSyntax).
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
      // Playwright fixtures that use no other fixture must still destructure: `async ({}, use) => ...`.
      'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }],
      // Stripping ANSI colour codes from terminal output matches \x1b on purpose.
      'no-control-regex': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    files: browserCode,
    ignores: nodeInsideBrowserCode,
    languageOptions: { globals: globals.browser },
  },
  {
    // Classic scripts loaded after https://js.stripe.com/v3/, which defines the global Stripe.
    files: ['fixtures/checkouts/*/public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser, Stripe: 'readonly' } },
  },
);
