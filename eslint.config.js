// @ts-check
/**
 * ESLint: typescript-eslint's type-checked recommended rules for the TypeScript (src/, scripts/, tests/), its
 * untyped recommended rules and eslint-plugin-astro's for the components and pages, and the project's own rule:
 * every address of the site comes from src/lib/urls.ts (Starlight's `pathWithBase`, made a rule).
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * A string or template that starts like a site path (`'/entries/'`, `` `/actors/${slug}/` ``, `href="/"`): built by
 * hand instead of by src/lib/urls.ts, and so blind to Astro's `base`. Plain "/" only counts as a link target.
 */
export const handBuiltUrls = [
  {
    selector: `Literal[value=/^\\/[a-z0-9_.-]/]`,
    message: 'Build site addresses with src/lib/urls.ts (it adds Astro’s base), not by hand.',
  },
  {
    selector: `TemplateLiteral > TemplateElement:first-child[value.raw=/^\\/[a-z0-9_.-]/]`,
    message: 'Build site addresses with src/lib/urls.ts (it adds Astro’s base), not by hand.',
  },
  {
    selector: `JSXAttribute[name.name=/^(href|src|action)$/] > Literal[value=/^\\/([a-z0-9_.-]|$)/]`,
    message: 'Link with src/lib/urls.ts (it adds Astro’s base), not with a hand-written address.',
  },
];

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'bench-results/',
      'scripts/bench/bare/',
      'content/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    files: ['**/*.astro', '**/*.astro/*.ts', '*.js', '*.mjs', 'src/scripts/inline/*.js'],
    extends: [tseslint.configs.recommended],
  },
  { files: ['*.js', '*.mjs'], languageOptions: { globals: { process: 'readonly', URL: 'readonly' } } },
  // Inline scripts (their hashes are in the CSP: src/lib/untrusted/csp.ts) run in the page as they are.
  {
    files: ['src/scripts/inline/*.js'],
    languageOptions: { globals: { document: 'readonly', matchMedia: 'readonly' } },
  },
  {
    // What the tests read back from built files (JSON, feeds) is untyped until they check it.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  astro.configs.recommended,
  {
    rules: {
      // `_`-prefixed names are deliberately unused (a destructured field left out, a callback's first argument).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.astro', 'src/**/*.astro/*.ts'],
    ignores: ['src/lib/urls.ts'],
    rules: { 'no-restricted-syntax': ['error', ...handBuiltUrls] },
  },
);
