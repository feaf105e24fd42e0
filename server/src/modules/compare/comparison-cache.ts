import type { EntityManager } from '@mikro-orm/sql';
import { LRUCache } from 'lru-cache';
import { comparisonVersion } from '../../core/comparison-version.js';

/** How long an answer is kept at most, even if nothing it read has changed (see `answer`). */
const KEPT_FOR_MS = 60_000;
/** How much is kept at most, in values (an answer's `size`): about 100 MB of answers. */
const KEPT_VALUES = 500_000;

/**
 * Answers of comparisons across the whole register (savings, who could buy together, framework
 * uptake, scale against price), kept in this process while nothing they read has changed: each
 * is stored with the comparison version it was computed at (src/core/comparison-version.ts) and
 * served again only while the version is the same. Asking costs one small statement instead of
 * seconds of aggregation over every contract line.
 *
 * The key must name everything the answer depends on besides the data: who is asking (their trust,
 * or central), the input, the day, k. Answers are shared between requests, so never changed after.
 *
 * On PostgreSQL a writer takes the next version when it writes, before it commits; an answer
 * computed in between is stored under the new version from the old data. Answers therefore also
 * expire after a minute, which bounds how long such an answer can be served.
 */
export class ComparisonCache {
  /**
   * `enabled` false (COMPARISON_CACHE=false): every answer is computed, for measuring them.
   * `versionOf` reads the comparison version (tests give their own).
   */
  constructor(
    private readonly enabled = true,
    private readonly versionOf: (em: EntityManager) => Promise<string> = comparisonVersion,
  ) {}

  readonly #answers = new LRUCache<string, { version: string; answer: object; size: number }>({
    max: 500,
    maxSize: KEPT_VALUES,
    sizeCalculation: (kept) => kept.size,
    ttl: KEPT_FOR_MS,
  });

  /** Answers being computed, by key and version: whoever asks meanwhile waits for the same one. */
  readonly #computing = new Map<string, Promise<object>>();

  /** `size`: about how many values the answer holds, when it can be large (the least kept first). */
  async answer<T extends object>(
    em: EntityManager,
    key: readonly unknown[],
    compute: () => Promise<T>,
    size: (answer: T) => number = () => 1,
  ): Promise<T> {
    if (!this.enabled) return compute();
    const version = await this.versionOf(em);
    const id = JSON.stringify(key);
    const kept = this.#answers.get(id);
    if (kept?.version === version) return kept.answer as T;
    // Under steady writes the version moves often; without this, every request that arrives while
    // an answer is computed (seconds, nationally) would compute it again alongside.
    const flight = `${version} ${id}`;
    const computing = this.#computing.get(flight);
    if (computing) return computing as Promise<T>;
    const promise = compute().then((answer) => {
      const values = Math.max(1, size(answer));
      // An answer too large to keep is served, not kept (the cache would refuse it anyway).
      if (values <= KEPT_VALUES) this.#answers.set(id, { version, answer, size: values });
      return answer;
    });
    this.#computing.set(flight, promise);
    try {
      return await promise;
    } finally {
      this.#computing.delete(flight);
    }
  }
}
