import { describe, expect, test } from 'vitest';
import { buildRecord, type RecordActor, type RecordEntry } from '../../src/lib/record';
import { actorPageKeys, actorsNamedBy, entryPageKey, subsetKey, type PageKeyContext } from '../../src/lib/page-keys';
import { makeEntry } from '../helpers/record-fixtures';

const person = (slug: string, name: string): RecordActor => ({
  slug,
  data: { name, kind: 'person', aliases: [], roles: [] },
});
const actors = [person('ann-a', 'Ann A'), person('bob-b', 'Bob B'), person('cy-c', 'Cy C'), person('dee-d', 'Dee D')];

function entries(overrides: Partial<Record<string, Partial<Parameters<typeof makeEntry>[0]>>> = {}): RecordEntry[] {
  const base: Array<Parameters<typeof makeEntry>[0]> = [
    { slug: 'first', date: '2018-01-01', actors: [{ actor: 'ann-a', role: 'author' }] },
    {
      slug: 'middle',
      date: '2019-01-01',
      actors: [{ actor: 'bob-b', role: 'author' }],
      related: [{ entry: 'linked', rel: 'responds-to' }],
    },
    { slug: 'last', date: '2020-01-01' },
    { slug: 'linked', date: '2015-01-01' },
    { slug: 'elsewhere', date: '2010-01-01', actors: [{ actor: 'dee-d', role: 'author' }] },
  ];
  return base.map((e) => makeEntry({ ...e, ...overrides[e.slug] }));
}

const context = { site: 'https://tracker.example/', day: '2026-11-26', body: 'Said by <Actor id="cy-c" />.' };
function key(es: RecordEntry[], as = actors, ctx: PageKeyContext = context): string {
  const record = buildRecord(es, as);
  return entryPageKey(record.entry('middle')!, record, ctx);
}

describe('entry page cache keys', () => {
  test('the actors an entry names: in its data and in its body, nothing else', () => {
    const record = buildRecord(entries(), actors);
    expect(actorsNamedBy(record.entry('middle')!, record, context.body)).toEqual(['bob-b', 'cy-c']);
  });

  test('the same inputs give the same key', () => {
    expect(key(entries())).toBe(key(entries()));
  });

  test('changes with the entry, a named actor, a linked entry, a neighbour, the site or the day', () => {
    const k = key(entries());
    expect(key(entries({ middle: { summary: 'Changed.' } }))).not.toBe(k);
    expect(key(entries(), [...actors.filter((a) => a.slug !== 'bob-b'), person('bob-b', 'Robert B')])).not.toBe(k);
    expect(key(entries(), [...actors.filter((a) => a.slug !== 'cy-c'), person('cy-c', 'Cyrus C')])).not.toBe(k);
    expect(key(entries({ linked: { title: 'Renamed' } }))).not.toBe(k);
    expect(key(entries({ first: { title: 'Renamed' } }))).not.toBe(k);
    expect(key(entries({ last: { title: 'Renamed' } }))).not.toBe(k);
    // an entry that now links to this one adds a reverse link
    expect(key(entries({ elsewhere: { related: [{ entry: 'middle', rel: 'cites' }] } }))).not.toBe(k);
    expect(key(entries(), actors, { ...context, site: 'https://other.example/' })).not.toBe(k);
    expect(key(entries(), actors, { ...context, day: '2026-11-27' })).not.toBe(k);
  });

  test('changes with what the page shows from outside the record: "Last updated" (git) and the report address', () => {
    const shown = { lastUpdated: '2026-11-01', report: 'mailto:editors@tracker.example' };
    const k = key(entries(), actors, { ...context, provenance: shown });
    expect(key(entries(), actors, { ...context, provenance: { ...shown } })).toBe(k);
    expect(key(entries(), actors, { ...context, provenance: { ...shown, lastUpdated: '2026-12-02' } })).not.toBe(k);
    expect(key(entries(), actors, { ...context, provenance: { ...shown, report: 'https://t.example/new' } })).not.toBe(
      k,
    );
  });

  test('does not change with an unrelated entry or actor', () => {
    const k = key(entries());
    expect(key(entries({ elsewhere: { title: 'Renamed' } }))).toBe(k);
    expect(key(entries(), [...actors.filter((a) => a.slug !== 'dee-d'), person('dee-d', 'Deirdre D')])).toBe(k);
  });
});

describe('actor page cache keys', () => {
  const keys = (es: RecordEntry[], as = actors, bodies: Record<string, string> = {}) =>
    actorPageKeys(buildRecord(es, as), (slug) => bodies[slug], 'https://tracker.example/');

  test('change with an entry naming the actor (data or body), or an actor named beside it', () => {
    const k = keys(entries()).get('bob-b');
    expect(keys(entries()).get('bob-b')).toBe(k);
    expect(keys(entries({ middle: { title: 'Renamed' } })).get('bob-b')).not.toBe(k);
    expect(keys(entries(), actors, { middle: 'New words.' }).get('bob-b')).not.toBe(k);
    expect(
      keys(
        entries({
          middle: {
            actors: [
              { actor: 'bob-b', role: 'author' },
              { actor: 'cy-c', role: 'signatory' },
            ],
          },
        }),
      ).get('bob-b'),
    ).not.toBe(k);
    const withCy = entries({
      middle: {
        actors: [
          { actor: 'bob-b', role: 'author' },
          { actor: 'cy-c', role: 'signatory' },
        ],
      },
    });
    expect(keys(withCy, [...actors.filter((a) => a.slug !== 'cy-c'), person('cy-c', 'Cyrus C')]).get('bob-b')).not.toBe(
      keys(withCy).get('bob-b'),
    );
    // an entry's body that names the actor makes that entry part of its page
    expect(keys(entries(), actors, { last: 'With <Actor id="bob-b" />.' }).get('bob-b')).not.toBe(k);
  });

  test('do not change with entries or actors the page does not show', () => {
    const k = keys(entries()).get('bob-b');
    expect(keys(entries({ elsewhere: { title: 'Renamed' } })).get('bob-b')).toBe(k);
    expect(
      keys(entries(), [...actors.filter((a) => a.slug !== 'dee-d'), person('dee-d', 'Deirdre D')]).get('bob-b'),
    ).toBe(k);
  });

  test('a subset file changes with its subset and the site', () => {
    const subset = { facet: 'kind', value: 'law', entries: entries() };
    expect(subsetKey(subset, 'https://a.example/')).toBe(subsetKey({ ...subset }, 'https://a.example/'));
    expect(subsetKey(subset, 'https://b.example/')).not.toBe(subsetKey(subset, 'https://a.example/'));
    expect(subsetKey({ ...subset, entries: entries({ last: { title: 'x' } }) }, 'https://a.example/')).not.toBe(
      subsetKey(subset, 'https://a.example/'),
    );
  });
});
