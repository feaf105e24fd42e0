import type { EntityManager } from '@mikro-orm/sql';
import { describe, expect, it } from 'vitest';
import { ComparisonCache } from '../comparison-cache.js';

/** Nothing changes while these tests run: one version, read at once (no database needed). */
const unchanged = () => new ComparisonCache(true, async () => '1:true');
const em = {} as EntityManager;
/** Lets every caller already started reach the point where it waits (promises, no timers). */
const settled = () => new Promise((resolve) => setImmediate(resolve));

/** A computation the test finishes when it chooses, counting how often it was started. */
function gate<T>(value: T) {
  let started = 0;
  let release!: () => void;
  let fail!: (error: Error) => void;
  const done = new Promise<T>((resolve, reject) => {
    release = () => resolve(value);
    fail = reject;
  });
  return {
    compute: () => {
      started += 1;
      return done;
    },
    started: () => started,
    release: () => release(),
    fail: (error: Error) => fail(error),
  };
}

describe('kept comparisons', () => {
  it('computes an answer once for everyone who asks while it is being computed', async () => {
    const cache = unchanged();
    const answer = { total: 42 };
    const work = gate(answer);
    const asked = [1, 2, 3].map(() => cache.answer(em, ['same'], work.compute));
    await settled();
    expect(work.started()).toBe(1);
    work.release();
    const answers = await Promise.all(asked);
    expect(work.started()).toBe(1);
    expect(answers.every((a) => a === answer)).toBe(true);
    // Then kept: asked again, nothing is computed.
    expect(await cache.answer(em, ['same'], work.compute)).toBe(answer);
    expect(work.started()).toBe(1);
  });

  it('tells everyone waiting when the computation fails, and computes afresh when asked again', async () => {
    const cache = unchanged();
    const work = gate({});
    const asked = [1, 2].map(() => cache.answer(em, ['failing'], work.compute));
    await settled();
    work.fail(new Error('statement timeout'));
    for (const result of await Promise.allSettled(asked)) expect(result.status).toBe('rejected');
    expect(work.started()).toBe(1);
    const again = { fresh: true };
    expect(await cache.answer(em, ['failing'], async () => again)).toBe(again);
  });
});
