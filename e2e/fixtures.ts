import { test as base, expect, type Page } from '@playwright/test';

// The NHS webfont is served from assets.nhs.uk. Tests must not depend on the internet, so font
// requests are blocked, and the browser's note of that block is the one console error allowed.
const FONT_HOST = 'https://assets.nhs.uk/';

/**
 * Blocks the webfont and collects every console error or warning and uncaught exception the page
 * produces, and every GraphQL operation the app sends as text rather than by its id in the persisted
 * query manifest (trusted documents: a production server refuses such requests from browsers) or
 * that the server does not know by id; the returned list fills as the page runs.
 */
export async function watchConsole(page: Page): Promise<string[]> {
  await page.route(`${FONT_HOST}**`, (route) => route.abort('blockedbyclient'));
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    if (message.location().url.startsWith(FONT_HOST)) return;
    problems.push(`console.${message.type()}: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    if (!isAppGraphQL(request.url()) || request.method() !== 'POST') return;
    const body = request.postDataJSON() as { operationName?: string; query?: string } | null;
    if (body?.query) problems.push(`operation sent as text, not by id: ${body.operationName ?? body.query}`);
  });
  page.on('response', async (response) => {
    if (!isAppGraphQL(response.url())) return;
    const text = await response.text().catch(() => '');
    if (text.includes('PERSISTED_QUERY_NOT_FOUND')) problems.push(`operation id not known: ${text}`);
  });
  return problems;
}

const isAppGraphQL = (url: string) => new URL(url).pathname === '/graphql';

/** Playwright's `test`, failing any test whose page logs an error or warning or throws. */
export const test = base.extend({
  page: async ({ page }, use) => {
    const problems = await watchConsole(page);
    await use(page);
    expect(problems, 'the browser console should have no errors or warnings').toEqual([]);
  },
});

/**
 * For the first figure a page computes across the whole demo register (savings, uptake). Two
 * workers share one embedded database, which answers one statement at a time, and a contract
 * saved by another test makes every kept comparison compute again: the first answer can wait
 * behind several others' (seconds each on a slow machine).
 */
export const COMPUTED_ANSWER = { timeout: 45_000 } as const;

export { expect };
