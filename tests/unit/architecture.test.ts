/**
 * The import and address rules the route model rests on, checked over src/ (like Starlight's import-rule test):
 * components and layouts render props and never reach into src/data; lib/ is plain TypeScript that reads no
 * collections and keeps no Astro state; every site address comes from src/lib/urls.ts, which knows Astro's base.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';
import { describe, expect, test } from 'vitest';
import { handBuiltUrls } from '../../eslint.config.js';

const SRC = path.resolve('src');

function files(dir: string, ext: RegExp): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

const IMPORT =
  /\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\bimport\s+['"]([^'"]+)['"]/g;

/** What a file imports: package names as written, relative paths resolved to paths under src/. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => {
    const spec = (m[1] ?? m[2] ?? m[3])!;
    return spec.startsWith('.') ? path.relative(SRC, path.resolve(path.dirname(file), spec)) : spec;
  });
}

describe('imports', () => {
  test('components and layouts never import src/data: pages hand them their view models', () => {
    const bad = [
      ...files(path.join(SRC, 'components'), /\.(astro|ts)$/),
      ...files(path.join(SRC, 'layouts'), /\.astro$/),
    ]
      .flatMap((f) => importsOf(f).map((i) => `${path.relative(SRC, f)} imports ${i}`))
      .filter((line) => / imports data\//.test(line));
    expect(bad).toEqual([]);
  });

  test('lib/ imports neither src/data, components, nor Astro’s collections: it is plain, unit-tested TypeScript', () => {
    const bad = files(path.join(SRC, 'lib'), /\.ts$/)
      .flatMap((f) => importsOf(f).map((i) => `${path.relative(SRC, f)} imports ${i}`))
      .filter((line) => / imports (data\/|components\/|layouts\/|pages\/|astro:)/.test(line));
    expect(bad).toEqual([]);
  });

  test('the check reads real imports', () => {
    expect(importsOf(path.join(SRC, 'pages/entries/[slug].astro'))).toContain('data/routes');
    expect(importsOf(path.join(SRC, 'components/EntryView.astro'))).toContain('lib/views');
  });
});

describe('addresses', () => {
  // The project's rule from eslint.config.js, without type information: the parsers of .ts and .astro files
  // (and of the scripts in .astro files) and that one rule.
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: [
      ...astro.configs.base,
      { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
      {
        rules: { 'no-restricted-syntax': ['error', ...handBuiltUrls] },
        // The files' own directives speak of the full rule set.
        linterOptions: { reportUnusedDisableDirectives: 'off' },
      },
    ],
  });
  const problems = (results: ESLint.LintResult[]) =>
    results.flatMap((r) => r.messages.map((m) => `${path.relative(SRC, r.filePath)}:${m.line}: ${m.message}`));

  test('every site address in src/ comes from src/lib/urls.ts', { timeout: 60_000 }, async () => {
    const all = [...files(SRC, /\.(ts|astro)$/)].filter((f) => f !== path.join(SRC, 'lib/urls.ts'));
    expect(all.length).toBeGreaterThan(50);
    expect(problems(await eslint.lintFiles(all))).toEqual([]);
  });

  test('the check finds an address built by hand, in TypeScript, in a template and in a script', async () => {
    const ts = await eslint.lintText("const a = `/entries/${slug}/`;\nconst b = '/timeline/';\nconst ok = '/';\n", {
      filePath: path.join(SRC, 'lib/x.ts'),
    });
    expect(problems(ts).map((p) => p.split(':')[1])).toEqual(['1', '2']);
    const component = await eslint.lintText(
      '---\nconst x = 1;\n---\n<a href="/">home</a> <a href={`/actors/${x}/`}>a</a> <a href={url}>ok</a>\n' +
        "<script>\n  location.assign('/search/');\n</script>\n",
      { filePath: path.join(SRC, 'components/X.astro') },
    );
    expect(problems(component)).toHaveLength(3);
  });
});
