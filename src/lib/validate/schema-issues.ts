/** Turns zod issues into problems an author can act on: the field, what is wrong, and the fix. */
import type { z } from 'astro/zod';
import { JURISDICTION_ALIASES } from '../../schema/vocabulary';
import type { Locator } from './locate';
import { didYouMean } from './suggest';
import { formatPath, type PathSegment, type Problem } from './types';

type AnySchema = z.ZodType;

/** The parts of a zod schema's definition `knownKeys` walks through. */
interface SchemaNode {
  _zod?: { def?: SchemaDef };
}
interface SchemaDef {
  type: string;
  innerType?: SchemaNode;
  in?: SchemaNode;
  out?: SchemaNode;
  element?: SchemaNode;
  shape?: Record<string, SchemaNode>;
}

/** The field names a schema accepts at `path` (through arrays, optionals, defaults, pipes), for typo hints. */
function knownKeys(schema: AnySchema, path: readonly PathSegment[]): string[] {
  let s: SchemaNode | undefined = schema;
  const unwrap = () => {
    for (;;) {
      const def: SchemaDef | undefined = s?._zod?.def;
      if (!def) return;
      if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault')
        s = def.innerType;
      else if (def.type === 'pipe') s = def.out?._zod?.def?.type === 'transform' ? def.in : def.out;
      else return;
    }
  };
  unwrap();
  for (const seg of path) {
    const def: SchemaDef | undefined = s?._zod?.def;
    if (!def) return [];
    if (typeof seg === 'number' && def.type === 'array') s = def.element;
    else if (typeof seg === 'string' && def.type === 'object') s = def.shape?.[seg];
    else return [];
    unwrap();
  }
  const def: SchemaDef | undefined = s?._zod?.def;
  return def?.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}

function show(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return JSON.stringify(value) ?? String(value);
}

/** What to write when a field is empty. */
const FIELD_HINTS: Record<string, string> = {
  summary: 'write one or two neutral sentences in your own words',
  sources: 'add a source: id, title, publisher, url, checked, type (primary or secondary)',
  jurisdictions: 'e.g. [US], [UK, AU], [EU] or [FVEY]',
  title: 'as the document calls itself, or a neutral description',
  text: 'copy the words verbatim from the source',
};

function enumHint(given: string | undefined, allowed: string[]): string {
  const alias = given ? JURISDICTION_ALIASES[given.toUpperCase()] : undefined;
  if (alias && allowed.includes(alias)) return `use ${alias}`;
  if (given && allowed.includes(given.toUpperCase())) return `use ${given.toUpperCase()} (upper case)`;
  const guess = given ? didYouMean(given, allowed) : undefined;
  if (guess) return guess;
  if (allowed.length > 20) return `use an ISO 3166-1 alpha-2 code (UK for the United Kingdom), EU, FVEY or INTL`;
  return `use one of: ${allowed.join(', ')}`;
}

export function schemaProblems(
  file: string,
  schema: AnySchema,
  issues: readonly z.core.$ZodIssue[],
  loc: Locator,
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path as PathSegment[];
    const base = { file, field: formatPath(path) };
    const input = (issue as { input?: unknown }).input;
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = knownKeys(schema, path);
        for (const key of issue.keys) {
          const p = loc.key([...path, key]);
          problems.push({
            ...base,
            ...p,
            field: formatPath([...path, key]),
            message: `unknown field "${key}"`,
            hint: didYouMean(key, known) ?? `allowed here: ${known.join(', ')}`,
          });
        }
        break;
      }
      case 'invalid_type': {
        const p = loc.value(path);
        if (input === undefined) {
          problems.push({
            ...base,
            ...loc.key(path.slice(0, -1)),
            message: `is required`,
            hint: `add ${String(path.at(-1))}: …`,
          });
        } else {
          problems.push({
            ...base,
            ...p,
            message: `must be ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a map of fields' : issue.expected}, got ${show(input)}`,
            hint: issue.message.startsWith('must') ? issue.message : undefined,
          });
        }
        break;
      }
      case 'invalid_value': {
        const allowed = issue.values.map(String);
        const given = input === undefined ? undefined : typeof input === 'string' ? input : show(input);
        problems.push({
          ...base,
          ...loc.value(path),
          message: given === undefined ? 'is required' : `${show(input)} is not one of the allowed values`,
          hint: enumHint(given, allowed),
        });
        break;
      }
      case 'too_small': {
        problems.push({ ...base, ...loc.value(path), message: issue.message, hint: FIELD_HINTS[String(path.at(-1))] });
        break;
      }
      case 'custom': {
        const params = (issue as { params?: { hint?: string } }).params;
        problems.push({ ...base, ...loc.value(path), message: issue.message, hint: params?.hint });
        break;
      }
      default:
        problems.push({ ...base, ...loc.value(path), message: issue.message });
    }
  }
  return problems;
}
