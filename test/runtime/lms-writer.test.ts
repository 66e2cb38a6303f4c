// The writer on its own, against a fake LMS API that fails where a test says (fault injection):
// what reaches the LMS, in which order, when, and what the learner is told.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveStatus } from '../../src/shared/tracking.js';
import type { CallResult, ScormApi } from '../../src/runtime/lms/scorm-api.js';
import { createWriter, type Writer } from '../../src/runtime/lms/scorm-writer.js';

const OK: CallResult = { ok: true, error: '0' };

interface Fake {
  /** What the LMS saw: "set element=value", "set element=value -> error", "commit @ms" / "commit @ms -> error". */
  log: string[];
  statuses: SaveStatus[];
  refused: string[];
  /** After each commit: what the LMS had not taken yet (element=value). */
  unsaved: string[][];
  writer: Writer;
}

/** `setErrors`: error code per "element=value" for every attempt, or a list used up one attempt at a
 *  time; `commitErrors`: one per commit, in order ('' = success; the rest succeed). */
function fake(setErrors: Record<string, string | string[]> = {}, commitErrors: string[] = []): Fake {
  const log: string[] = [];
  const statuses: SaveStatus[] = [];
  const refused: string[] = [];
  const unsaved: string[][] = [];
  const start = Date.now();
  const api: ScormApi = {
    initialize: () => OK,
    get: () => '',
    set(element, value) {
      const planned = setErrors[`${element}=${value}`];
      const error = Array.isArray(planned) ? (planned.shift() ?? '') : (planned ?? '');
      log.push(`set ${element}=${value}${error ? ` -> ${error}` : ''}`);
      return error ? { ok: false, error } : OK;
    },
    commit() {
      const error = commitErrors.shift() ?? '';
      log.push(`commit @${Date.now() - start}${error ? ` -> ${error}` : ''}`);
      return error ? { ok: false, error } : OK;
    },
    terminate: () => OK,
  };
  const writer = createWriter(api, {
    intervalMs: 1000,
    backoffMs: 1000,
    maxBackoffMs: 4000,
    transientErrors: ['101', '391'],
    onStatus: (status) => statuses.push(status),
    onRefused: (element, value, error) => refused.push(`${element}=${value} (${error})`),
    onUnsaved: (values) => unsaved.push(values.map(([element, value]) => `${element}=${value}`)),
  });
  return { log, statuses, refused, unsaved, writer };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the LMS writer', () => {
  it('sends values in the order asked (interaction id, then type, then the rest) and commits', () => {
    const { log, statuses, writer } = fake();
    writer.want('cmi.interactions.0.id', 'soorten-klachten');
    writer.want('cmi.interactions.0.type', 'choice');
    writer.want('cmi.interactions.0.result', 'correct');
    expect(writer.commitNow()).toBe(true);
    expect(log).toEqual([
      'set cmi.interactions.0.id=soorten-klachten',
      'set cmi.interactions.0.type=choice',
      'set cmi.interactions.0.result=correct',
      'commit @0',
    ]);
    expect(statuses).toEqual(['saving', 'saved']);
  });

  it('sends a value asked for again after the others: the latest request sets the order (score before status)', () => {
    const { log, writer } = fake();
    writer.want('cmi.core.lesson_status', 'incomplete');
    writer.want('cmi.core.score.raw', '62.5');
    writer.want('cmi.core.lesson_status', 'failed');
    writer.commitNow();
    expect(log).toEqual(['set cmi.core.score.raw=62.5', 'set cmi.core.lesson_status=failed', 'commit @0']);
  });

  it('does not send again what the LMS holds, and spares it a commit when nothing changed', () => {
    const { log, writer } = fake();
    writer.known('cmi.suspend_data', 's1|saved');
    writer.want('cmi.suspend_data', 's1|saved');
    writer.want('cmi.core.lesson_location', '3');
    writer.commitNow();
    writer.want('cmi.core.lesson_location', '3');
    writer.commitNow();
    writer.want('cmi.core.lesson_location', '4');
    writer.commitNow();
    expect(log).toEqual(['set cmi.core.lesson_location=3', 'commit @0', 'set cmi.core.lesson_location=4', 'commit @0']);
  });

  it('retries a failed commit with backoff, doubling up to the maximum; the learner sees failed, then saved', () => {
    const { log, statuses, writer } = fake({}, ['391', '391', '391', '391']);
    writer.want('cmi.location', '2');
    expect(writer.commitNow()).toBe(false);
    vi.advanceTimersByTime(20_000);
    expect(log).toEqual([
      'set cmi.location=2', // sent once: the LMS took the value, only storing it failed
      'commit @0 -> 391',
      'commit @1000 -> 391',
      'commit @3000 -> 391',
      'commit @7000 -> 391',
      'commit @11000',
    ]);
    expect(statuses).toEqual([
      'saving',
      'failed',
      'saving',
      'failed',
      'saving',
      'failed',
      'saving',
      'failed',
      'saving',
      'saved',
    ]);
  });

  it('after each commit tells what the LMS has not taken yet: all values since the last commit that went through', () => {
    const { unsaved, writer } = fake({}, ['391', '391']);
    writer.want('cmi.suspend_data', 's3|a');
    writer.commitNow();
    writer.want('cmi.core.lesson_location', 'b');
    writer.commitNow();
    writer.commitNow();
    expect(unsaved).toEqual([['cmi.suspend_data=s3|a'], ['cmi.suspend_data=s3|a', 'cmi.core.lesson_location=b'], []]);
  });

  it('stops at a value that failed for the moment (101) and later sends it and the rest in order', () => {
    const { log, statuses, writer } = fake({ 'cmi.suspend_data=x': ['101'] });
    writer.want('cmi.location', '2');
    writer.want('cmi.suspend_data', 'x');
    writer.want('cmi.completion_status', 'incomplete');
    writer.commitNow();
    vi.advanceTimersByTime(1000);
    expect(log).toEqual([
      'set cmi.location=2',
      'set cmi.suspend_data=x -> 101',
      'set cmi.suspend_data=x',
      'set cmi.completion_status=incomplete',
      'commit @1000',
    ]);
    expect(statuses).toEqual(['saving', 'failed', 'saving', 'saved']);
  });

  it('logs a value refused outright (405, 406, 407) once, goes on with the rest, and never sends it again', () => {
    const { log, refused, statuses, writer } = fake({
      'cmi.suspend_data=far too long': '405',
      'cmi.interactions.0.id=vraag 1': '406',
      'cmi.score.raw=150': '407',
    });
    writer.want('cmi.suspend_data', 'far too long');
    writer.want('cmi.interactions.0.id', 'vraag 1');
    writer.want('cmi.score.raw', '150');
    writer.want('cmi.location', '2');
    writer.commitNow();
    writer.want('cmi.suspend_data', 'far too long'); // the tracker asks again with every save
    writer.want('cmi.location', '3');
    writer.commitNow();
    vi.advanceTimersByTime(60_000);
    writer.want('cmi.suspend_data', 'shorter');
    writer.commitNow();
    expect(log).toEqual([
      'set cmi.suspend_data=far too long -> 405',
      'set cmi.interactions.0.id=vraag 1 -> 406',
      'set cmi.score.raw=150 -> 407',
      'set cmi.location=2',
      'commit @0',
      'set cmi.location=3',
      'commit @0',
      'set cmi.suspend_data=shorter',
      'commit @60000',
    ]);
    expect(refused).toEqual([
      'cmi.suspend_data=far too long (405)',
      'cmi.interactions.0.id=vraag 1 (406)',
      'cmi.score.raw=150 (407)',
    ]);
    expect(statuses).toEqual(['saving', 'saved', 'saving', 'saved', 'saving', 'saved']);
  });

  it('commits at most once per interval when asked soon, with the latest values', () => {
    const { log, writer } = fake();
    writer.want('cmi.location', '1');
    writer.commitNow();
    vi.advanceTimersByTime(200);
    writer.want('cmi.location', '2');
    writer.commitSoon();
    vi.advanceTimersByTime(300);
    writer.want('cmi.location', '3');
    writer.commitSoon();
    vi.advanceTimersByTime(5000);
    writer.commitSoon(); // nothing new: no commit
    vi.advanceTimersByTime(5000);
    expect(log).toEqual(['set cmi.location=1', 'commit @0', 'set cmi.location=3', 'commit @1000']);
  });

  it('after close sends nothing, and a retry that was due does not come', () => {
    const { log, writer } = fake({}, ['391']);
    writer.want('cmi.location', '1');
    writer.commitNow();
    writer.close();
    writer.want('cmi.location', '2');
    expect(writer.commitNow()).toBe(false);
    vi.advanceTimersByTime(60_000);
    expect(log).toEqual(['set cmi.location=1', 'commit @0 -> 391']);
  });
});
