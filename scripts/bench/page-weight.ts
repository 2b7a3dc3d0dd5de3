/** Bytes a reader downloads for a built page: the HTML, its stylesheets, and the JavaScript it loads up front. */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';

export interface Weight {
  raw: number;
  gzip: number;
}
export interface PageWeight {
  page: string;
  html: Weight;
  css: Weight;
  /** JavaScript loaded before any interaction: `<script src>` and its static imports (dynamic imports excluded). */
  js: Weight;
}

const weigh = (buf: Buffer): Weight => ({ raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

function htmlFileFor(dist: string, urlPath: string): string {
  return path.join(dist, urlPath.replace(/^\//, ''), urlPath.endsWith('/') ? 'index.html' : '');
}

function staticImports(dist: string, file: string, seen: Set<string>): void {
  if (seen.has(file) || !fs.existsSync(file)) return;
  seen.add(file);
  const code = fs.readFileSync(file, 'utf8');
  // `import … from "x"` and bare `import "x"`, not `import("x")`.
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    const spec = m[1]!;
    const target = spec.startsWith('/') ? path.join(dist, spec) : path.resolve(path.dirname(file), spec);
    staticImports(dist, target, seen);
  }
}

export function pageWeight(dist: string, urlPath: string): PageWeight {
  const file = htmlFileFor(dist, urlPath);
  const html = fs.readFileSync(file);
  const $ = load(html.toString('utf8'));
  let css: Weight = { raw: 0, gzip: 0 };
  for (const el of $('link[rel="stylesheet"][href]').toArray()) {
    const href = $(el).attr('href')!;
    const f = path.join(dist, href.split('?')[0]!);
    if (fs.existsSync(f)) css = add(css, weigh(fs.readFileSync(f)));
  }
  const scripts = new Set<string>();
  for (const el of $('script[src], link[rel="modulepreload"][href]').toArray()) {
    const src = ($(el).attr('src') ?? $(el).attr('href'))!;
    if (/^(https?:)?\/\//.test(src)) continue;
    staticImports(dist, path.join(dist, src.split('?')[0]!), scripts);
  }
  let js: Weight = { raw: 0, gzip: 0 };
  for (const f of scripts) js = add(js, weigh(fs.readFileSync(f)));
  // Inline scripts count too (they are also inside the HTML figure).
  for (const el of $('script:not([src])').toArray()) {
    const type = $(el).attr('type');
    if (type && type !== 'module' && type !== 'text/javascript') continue;
    js = add(js, weigh(Buffer.from($(el).text())));
  }
  return { page: urlPath, html: weigh(html), css, js };
}

/** The largest HTML page (gzip) in the build, and how many pages there are. */
export function largestPage(dist: string): { page: string; gzip: number; pages: number } {
  let best = { page: '', gzip: 0, pages: 0 };
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.html')) {
        best.pages++;
        const gz = gzipSync(fs.readFileSync(full), { level: 9 }).length;
        if (gz > best.gzip)
          best = { ...best, page: '/' + path.relative(dist, full).replace(/index\.html$/, ''), gzip: gz };
      }
    }
  };
  walk(dist);
  return best;
}
