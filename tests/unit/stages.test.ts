/**
 * The stage models (src/lib/stages.ts): for each kind of procedure, a history the model allows and the histories it
 * refuses, with the words an editor sees.
 */
import { describe, expect, it } from 'vitest';
import { PROCEDURES, runSteps, stageModel, tracker, type StepInput } from '../../src/lib/stages';

const s = (step: string, date: string, extra: Partial<StepInput> = {}): StepInput => ({
  step,
  date,
  source: 'src',
  ...extra,
});
const run = (procedure: Parameters<typeof stageModel>[0], steps: StepInput[], startsAt?: string) =>
  runSteps(stageModel(procedure), steps, startsAt);
const messages = (r: ReturnType<typeof run>) => r.problems.map((p) => `${p.index}.${p.field}: ${p.message}`);

describe('every model', () => {
  it.each(PROCEDURES)('%s: every rule names stages of its own model, and the track is numbered 1…n', (id) => {
    const model = stageModel(id);
    const ids = new Set([...model.stages.map((x) => x.id), ...model.events.map((e) => e.id), 'start']);
    for (const stage of model.stages) {
      for (const a of stage.after) expect(ids, `${stage.id}.after`).toContain(a);
      for (const r of stage.requires ?? []) expect(ids, `${stage.id}.requires`).toContain(r);
    }
    for (const ev of model.events) if (ev.during !== '*') for (const d of ev.during) expect(ids).toContain(d);
    const track = model.stages.flatMap((x) => (x.track ? [x.track] : [])).sort((a, b) => a - b);
    expect(track).toEqual(track.map((_, i) => i + 1));
  });

  it.each(PROCEDURES)('%s: refuses an undated, an unsourced and an unknown step', (id) => {
    const first = stageModel(id).stages.find((x) => x.after.includes('start'))!.id;
    const r = run(id, [{ step: first }, { step: 'teleported', date: '2020', source: 'x' }]);
    expect(messages(r)).toEqual([
      '0.date: is required: an undated step cannot be placed in the procedure',
      '0.source: is required: every step names the source that records it',
      expect.stringMatching(/^1\.step: "teleported" is not a step of the .* model$/),
    ]);
  });
});

describe('U.S. bill', () => {
  it('follows a bill across Congresses: introduced, reported, died, introduced anew as a new bill', () => {
    const r = run('us-bill', [
      s('introduced', '2020-03-05', { version: 's3398' }),
      s('reported', '2020-07-02', { version: 's3398' }),
      s('companion-introduced', '2020-09-30', { version: 's3398' }),
      s('expired', '2021-01-03', { version: 's3398' }),
      s('introduced', '2022-02-01', { version: 's3538' }),
      s('reported', '2022-02-10', { version: 's3538' }),
    ]);
    expect(r.problems).toEqual([]);
    expect(r.stage).toBe('reported');
    expect(r.runStart).toBe(4);
    expect(r.version).toBe('s3538');
    expect(tracker(stageModel('us-bill'), r).map((t) => `${t.stage}:${t.state}`)).toEqual([
      'introduced:reached',
      'reported:current',
      'passed-one-chamber:to-come',
      'passed-both:to-come',
      'enacted:to-come',
    ]);
  });

  it('enacts a law only after both chambers passed it', () => {
    const ok = run('us-bill', [
      s('introduced', '1994-08-09'),
      s('passed-one-chamber', '1994'),
      s('passed-both', '1994-10'),
      s('enacted', '1994-10-25'),
      s('implementing-rule', '2005-08-05'),
      s('rule-rescinded', '2025-11-20'),
    ]);
    expect(ok.problems).toEqual([]);
    expect(ok.stage).toBe('enacted');
    const refused = run('us-bill', [s('introduced', '2020'), s('passed-one-chamber', '2021'), s('enacted', '2021')]);
    expect(messages(refused)).toEqual([
      '2.step: “Became law” cannot come after “Passed one chamber”: a bill becomes law only after both chambers have passed it',
    ]);
    expect(refused.stage).toBe('passed-one-chamber');
  });

  it('refuses "passed both chambers" straight after the committee, and a reintroduction under the same number', () => {
    const r = run('us-bill', [
      s('introduced', '2020', { version: 'a' }),
      s('reported', '2020'),
      s('passed-both', '2020'),
      s('expired', '2021'),
      s('introduced', '2022', { version: 'a' }),
    ]);
    expect(messages(r)).toEqual([
      '2.step: “Passed both chambers” cannot come after “Reported by committee”: both chambers must pass the bill, one after the other: record the first chamber’s passage first',
      '4.version: is "a" again, but “Introduced” after “Died with its Congress” begins a new version',
    ]);
  });

  it('refuses a rule rescinded that was never made, and steps out of date order', () => {
    const r = run('us-bill', [s('introduced', '2020-05'), s('reported', '2020-04-30')]);
    expect(messages(r)).toEqual(['1.date: 2020-04-30 is before the step above it (2020-05)']);
    const rescind = run('us-bill', [s('enacted', '1994-10-25'), s('rule-rescinded', '2025')], 'enacted');
    expect(messages(rescind)).toEqual([
      '1.step: “Implementing rule or ruling rescinded” cannot happen at “Became law”: only a rule or ruling recorded earlier in the history can be rescinded',
    ]);
  });

  it('may begin where the record begins (startsAt), showing the earlier stages as reached without a step', () => {
    const r = run('us-bill', [s('enacted', '1994-10-25'), s('amended', '2000')], 'enacted');
    expect(r.problems).toEqual([]);
    const items = tracker(stageModel('us-bill'), r);
    expect(items.map((t) => `${t.stage}:${t.state}:${t.step ?? ''}`)).toEqual([
      'introduced:reached:-1',
      'reported:reached:-1',
      'passed-one-chamber:reached:-1',
      'passed-both:reached:-1',
      'enacted:reached:0',
      'amended:current:1',
    ]);
    const wrong = run('us-bill', [s('amended', '2000')], 'enacted');
    expect(messages(wrong)).toEqual(['0.step: is “Amended”, but the history begins at “Became law” (startsAt)']);
  });
});

describe('UK and Australian bills', () => {
  it('UK: introduced, passed both Houses, Royal Assent, in force, then amended and reviewed', () => {
    const r = run('uk-bill', [
      s('introduced', '2016-03-01'),
      s('passed-both-houses', '2016-11-16'),
      s('royal-assent', '2016-11-29'),
      s('in-force', '2016-12-30'),
      s('implementing-rule', '2018'),
      s('consultation', '2023-06-05'),
      s('amended', '2024-04-25'),
      s('notice', '2025-01'),
    ]);
    expect(r.problems).toEqual([]);
    expect(r.stage).toBe('amended');
  });

  it('UK: refuses Royal Assent before both Houses have passed the bill', () => {
    const r = run('uk-bill', [
      s('introduced', '2022-03-17'),
      s('passed-first-house', '2023-01'),
      s('royal-assent', '2023-10-26'),
    ]);
    expect(messages(r)).toEqual([
      '2.step: “Royal Assent” cannot come after “Passed its first House”: a bill receives Royal Assent only after both Houses have passed it',
    ]);
  });

  it('Australia: a committee report during passage; a review only once the Act exists', () => {
    const ok = run('au-bill', [
      s('introduced', '2018-09'),
      s('committee-report', '2018-12-05'),
      s('passed-both-houses', '2018-12-06'),
      s('royal-assent', '2018-12-08'),
      s('in-force', '2018-12-09'),
      s('review', '2020-07-09'),
    ]);
    expect(ok.problems).toEqual([]);
    const refused = run('au-bill', [s('introduced', '2018-09'), s('review', '2018-10')]);
    expect(messages(refused)).toEqual(['1.step: “Review or report on its operation” cannot happen at “Introduced”']);
  });
});

describe('EU ordinary legislative procedure', () => {
  it('positions in either order, trilogue, agreement, adoption, in force, amended, expired', () => {
    const r = run('eu-olp', [
      s('proposal', '2020-09-10'),
      s('council-position', '2020-10-28'),
      s('ep-position', '2020-12'),
      s('trilogue', '2021-04'),
      s('agreement', '2021-04-29'),
      s('adopted', '2021-07-14'),
      s('in-force', '2021-08-02'),
      s('amended', '2024-04-29'),
      s('amendment-vote', '2026-03-11'),
      s('amendment-rejected', '2026-03-26'),
      s('expired', '2026-04-03'),
      s('successor', '2026-07'),
    ]);
    expect(r.problems).toEqual([]);
    expect(r.stage).toBe('expired');
    const items = tracker(stageModel('eu-olp'), r);
    expect(items.at(-1)).toMatchObject({ stage: 'expired', state: 'current' });
  });

  it('refuses an act adopted before the trilogue, and a trilogue before the Council has a position', () => {
    const adopted = run('eu-olp', [s('proposal', '2022-05-11'), s('ep-position', '2023-11-22'), s('adopted', '2024')]);
    expect(messages(adopted)).toEqual([
      '2.step: “Adopted” cannot come after “Parliament’s position”: an act is adopted only after Parliament and the Council have agreed its text in trilogue',
    ]);
    const trilogue = run('eu-olp', [
      s('proposal', '2022-05-11'),
      s('ep-position', '2023-11-22'),
      s('trilogue', '2024'),
    ]);
    expect(messages(trilogue)).toEqual([
      '2.step: “Trilogue negotiations” cannot come after “Parliament’s position”: trilogues open only once both Parliament and the Council have their positions',
    ]);
    expect(trilogue.problems[0]!.hint).toBe('record “Council’s position” first');
  });

  it('a Council vote can fail only before the Council has its position', () => {
    const ok = run('eu-olp', [
      s('proposal', '2022'),
      s('ep-position', '2023'),
      s('council-vote-withdrawn', '2024-06-20'),
    ]);
    expect(ok.problems).toEqual([]);
    const late = run('eu-olp', [
      s('proposal', '2022'),
      s('council-position', '2025'),
      s('council-vote-withdrawn', '2025'),
    ]);
    expect(late.problems).toHaveLength(1);
  });
});

describe('court case', () => {
  it('decided, review sought, then withdrawn; or known only from its first decision', () => {
    const ok = run('court-case', [
      s('filed', '2015'),
      s('decided', '2016-02-29'),
      s('appealed', '2016-03-07'),
      s('withdrawn', '2016-04-22'),
    ]);
    expect(ok.problems).toEqual([]);
    expect(ok.stage).toBe('withdrawn');
    const fromOrder = run('court-case', [s('decided', '2016-02-16'), s('withdrawn', '2016-03-28')]);
    expect(fromOrder.problems).toEqual([]);
    expect(tracker(stageModel('court-case'), fromOrder).map((t) => t.state)).toEqual([
      'reached',
      'reached',
      'not-reached',
      'not-reached',
      'not-reached',
      'current',
    ]);
  });

  it('refuses an appeal before any decision, and a decision after the case was withdrawn', () => {
    const r = run('court-case', [
      s('filed', '2019-06-18'),
      s('appealed', '2020'),
      s('withdrawn', '2021'),
      s('decided', '2024'),
    ]);
    expect(messages(r)).toEqual([
      '1.step: “Appealed or review sought” cannot come after “Brought”: only a decision can be appealed',
      '3.step: “Decided” cannot come after “Withdrawn or ended”: a decision is given in a case that has been brought',
    ]);
  });
});

describe('regulatory measure or notice', () => {
  it('issued, challenged, replaced by a new notice, challenge ended', () => {
    const r = run('regulatory', [
      s('issued', '2025-01', { version: 'first' }),
      s('challenged', '2025-03'),
      s('challenge-ruling', '2025-04-07'),
      s('issued', '2025-09', { version: 'second' }),
      s('challenge-ended', '2025-10-06'),
    ]);
    expect(r.problems).toEqual([]);
    expect(r.stage).toBe('issued');
    expect(r.version).toBe('second');
  });

  it('refuses a measure struck down without a challenge, and a ruling in a challenge never brought', () => {
    const r = run('regulatory', [s('issued', '2021-02-25'), s('challenge-ruling', '2021'), s('struck-down', '2022')]);
    expect(messages(r)).toEqual([
      '1.step: “Ruling in a challenge” cannot happen at “Issued”: a ruling in a challenge follows the challenge',
      '2.step: “Struck down” cannot come after “Issued”: a measure is struck down only in a challenge to it: record the challenge first',
    ]);
  });

  it('refuses a replacement notice that does not name its version', () => {
    const r = run('regulatory', [s('issued', '2025-01', { version: 'first' }), s('issued', '2025-09')]);
    expect(messages(r)).toEqual(['1.version: is required: “Issued” after “Issued” begins a new version']);
  });
});
