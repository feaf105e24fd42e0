import type { Browser, BrowserContext } from 'playwright-core';

/** One cold visit to the Compare page, times in milliseconds from the start of navigation. */
export type CompareRun = {
  /** Dots in the strip chart and rows in the table of prices (its `aria-rowcount`, less the header). */
  points: number;
  rows: number;
  /** The first frame painted after the chart's dots and the table's first rows were in the page. */
  drawnMs: number;
  /**
   * Drawn, and the main thread free: the end of the last long task (over 50 ms) before a quiet
   * second, or `drawnMs` if none came after it. From here a click is answered without waiting.
   */
  readyMs: number;
  /** Every long task's time up to `readyMs`, and their time over 50 ms each (Total Blocking Time). */
  longTasksMs: number;
  blockingMs: number;
  longTasks: number;
  /** A click on the table's Quantity heading (sorts 10,000 rows) to the first frame painted sorted. */
  interactionMs: number;
};

type BenchState = {
  longTasks: [start: number, duration: number][];
  drawn: { at: number; points: number; rows: number } | null;
  clickedAt: number | null;
  sortedAt: number | null;
};
type BenchWindow = Window & { __bench: BenchState };

const QUIET_MS = 1000;

/**
 * Runs in the page before its own scripts: records long tasks, and watches (once a frame) for the
 * chart's dots and the table's rows, then notes the time after the next paint. A message posted
 * from a frame callback runs once that frame's rendering is done.
 */
function instrument(): void {
  const bench: BenchState = { longTasks: [], drawn: null, clickedAt: null, sortedAt: null };
  (window as unknown as BenchWindow).__bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const afterPaint = (then: (at: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => then(performance.now());
      channel.port2.postMessage(null);
    });
  const watch = () => {
    const chart = document.querySelector('[aria-label^="Strip plot"]');
    const table = document.querySelector('table.concord-points-table');
    const firstRow = table?.querySelector('tbody tr.nhsuk-table__row');
    if (chart && table && firstRow) {
      // Recharts draws a symbol a dot; a layer that draws many dots in one element says how many.
      const points =
        chart.querySelectorAll('.recharts-scatter-symbol').length +
        [...chart.querySelectorAll('[data-point-count]')].reduce(
          (sum, element) => sum + Number(element.getAttribute('data-point-count')),
          0,
        );
      const rowCount = table.getAttribute('aria-rowcount');
      const rows = rowCount ? Number(rowCount) - 1 : table.querySelectorAll('tbody tr').length;
      if (points > 0 && points >= rows) {
        afterPaint((at) => (bench.drawn = { at, points, rows }));
        return;
      }
    }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
}

/**
 * Runs in the page once it is ready: on the next click (the benchmark's, on the Quantity heading),
 * notes the event's time, then the time after the first frame painted with the table sorted by
 * quantity (the heading's `aria-sort` changes in the same render as the rows).
 */
function watchSort(): void {
  const bench = (window as unknown as BenchWindow).__bench;
  document.addEventListener(
    'click',
    (event) => {
      bench.clickedAt = event.timeStamp;
      const watch = () => {
        const heading = [...document.querySelectorAll('table.concord-points-table th[aria-sort]')].find(
          (th) => th.textContent?.startsWith('Quantity'),
        );
        if (heading?.getAttribute('aria-sort') === 'ascending') {
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => (bench.sortedAt = performance.now());
            channel.port2.postMessage(null);
          });
          return;
        }
        requestAnimationFrame(watch);
      };
      watch();
    },
    { capture: true, once: true },
  );
}

/**
 * One cold visit to `url` (a Compare page whose benchmark has many prices) in a fresh browser
 * context: nothing cached, so the times include fetching the code and the answer.
 */
export async function timeCompare(
  browser: Browser,
  url: string,
  prepare: (context: BrowserContext) => Promise<void>,
  storageState?: Awaited<ReturnType<BrowserContext['storageState']>>,
): Promise<CompareRun> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    ...(storageState ? { storageState } : {}),
  });
  try {
    await prepare(context);
    await context.addInitScript(instrument);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.drawn !== null, undefined, {
      timeout: 120_000,
      polling: 100,
    });

    // Ready: drawn, then a quiet second with no long task.
    let state = await page.evaluate(() => (window as unknown as BenchWindow).__bench);
    const drawn = state.drawn!;
    let readyMs = drawn.at;
    for (;;) {
      const lastEnd = Math.max(0, ...state.longTasks.map(([start, duration]) => start + duration));
      readyMs = Math.max(drawn.at, lastEnd);
      const now = await page.evaluate(() => performance.now());
      if (now - readyMs >= QUIET_MS) break;
      await page.waitForTimeout(100);
      state = await page.evaluate(() => (window as unknown as BenchWindow).__bench);
    }
    const before = state.longTasks.filter(([start]) => start < readyMs);

    await page.evaluate(watchSort);
    await page.getByRole('button', { name: /^Quantity/ }).click();
    await page.waitForFunction(
      () => (window as unknown as BenchWindow).__bench.sortedAt !== null,
      undefined,
      {
        timeout: 60_000,
        polling: 100,
      },
    );
    const sorted = await page.evaluate(() => (window as unknown as BenchWindow).__bench);

    return {
      points: drawn.points,
      rows: drawn.rows,
      drawnMs: drawn.at,
      readyMs,
      longTasksMs: before.reduce((sum, [, duration]) => sum + duration, 0),
      blockingMs: before.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
      longTasks: before.length,
      interactionMs: sorted.sortedAt! - sorted.clickedAt!,
    };
  } finally {
    await context.close();
  }
}
