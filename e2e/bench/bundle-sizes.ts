import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext } from 'playwright-core';

/** The JavaScript a first visit to one route downloads. */
export type RouteBundle = {
  /** The route as the router declares it, `/organisations/:odsCode`. */
  path: string;
  /** The address visited, with sample parameters. */
  url: string;
  files: string[];
  rawBytes: number;
  gzipBytes: number;
};

// Parameters only choose what a page shows, not which code it loads (no route splits on them).
const SAMPLE_PARAMS: Record<string, string> = { odsCode: 'RAL', reference: 'RM6221', code: 'DSPT' };

/**
 * Every route of the app, read from the router and each feature's route files (`routes.tsx`,
 * `*-routes.tsx`), so a new page is measured without editing the benchmark.
 */
export function appRoutes(clientSrc: string): string[] {
  const sources = [path.join(clientSrc, 'app', 'router.tsx')];
  const features = path.join(clientSrc, 'features');
  for (const feature of readdirSync(features).sort()) {
    const folder = path.join(features, feature);
    for (const file of readdirSync(folder).sort()) {
      if (/(^|-)routes\.tsx$/.test(file)) sources.push(path.join(folder, file));
    }
  }
  const routes = new Set<string>();
  for (const source of sources) {
    const text = readFileSync(source, 'utf8');
    if (/\bindex:\s*true/.test(text)) routes.add('/');
    for (const [, route] of text.matchAll(/\bpath:\s*'([^']*)'/g)) {
      if (route !== '*') routes.add(`/${route}`);
    }
  }
  return [...routes];
}

export const samplePath = (route: string): string =>
  route.replace(/:(\w+)/g, (_, name: string) => SAMPLE_PARAMS[name] ?? 'bench-sample');

const sizes = new Map<string, { rawBytes: number; gzipBytes: number }>();

/**
 * Opens `route` in a fresh browser context (nothing cached) and adds up the JavaScript files it
 * fetched from the app's origin until the network was quiet: the entry, the chunks it imports
 * (modulepreload), the route's lazy chunk and whatever the page loads lazily for this viewer.
 *
 * Measured in the browser rather than read from Vite's manifest: it counts what a visit really
 * fetches, including chunks loaded by `React.lazy` for one kind of viewer (the central dashboard),
 * with no list of routes to chunks to keep in step with the router, and nothing added to the build.
 */
export async function measureRoute(
  browser: Browser,
  baseUrl: string,
  route: string,
  prepare: (context: BrowserContext) => Promise<void>,
  storageState?: Awaited<ReturnType<BrowserContext['storageState']>>,
): Promise<RouteBundle> {
  const context = await browser.newContext(storageState ? { storageState } : {});
  try {
    await prepare(context);
    const page = await context.newPage();
    const origin = new URL(baseUrl).origin;
    const bodies = new Map<string, Promise<Buffer>>();
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin === origin && url.pathname.endsWith('.js') && response.ok()) {
        bodies.set(url.pathname, response.body());
      }
    });
    const url = samplePath(route);
    await page.goto(baseUrl + url, { waitUntil: 'networkidle' });
    let rawBytes = 0;
    let gzipBytes = 0;
    for (const [file, body] of bodies) {
      const bytes = await body;
      // zlib's default level (6), as Express's `compression` and Vite's build report use.
      if (!sizes.has(file)) sizes.set(file, { rawBytes: bytes.length, gzipBytes: gzipSync(bytes).length });
      rawBytes += bytes.length;
      gzipBytes += sizes.get(file)!.gzipBytes;
    }
    return { path: route, url, files: [...bodies.keys()].sort(), rawBytes, gzipBytes };
  } finally {
    await context.close();
  }
}

/** The size of one file fetched during a measurement, as served and compressed. */
export const fileSize = (file: string) => sizes.get(file) ?? { rawBytes: 0, gzipBytes: 0 };
