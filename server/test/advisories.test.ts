import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serverRoot } from '../src/core/paths.js';

/**
 * The published advisories against the packages that stand between the internet and the data
 * (docs/dependencies.md): each with the versions it affects, [from, below). `pnpm audit` cannot
 * reach the advisory database from this network, so this list is kept by hand when one is
 * published, and the test fails if an installed version falls in an affected range.
 *
 * `path` is the package, after the ones it is reached through when the server does not depend on
 * it itself (express > router > path-to-regexp): the copy checked is the one each package before
 * it resolves, not any other copy in the tree.
 *
 * Versions are compared without pre-release tags, so a range the advisory starts at a pre-release
 * (7.0.0-dev.0) starts here at its release (7.0.0). Only the ranges that reach the major line we
 * run, or the latest range of an older line, are listed; docs/dependencies.md has the rest.
 */
const ADVISORIES: { path: string; id: string; from: string; below: string }[] = [
  // Apollo Server. Browser bug lets cross-site GET queries skip the preflight (XS-Search).
  { path: '@apollo/server', id: 'GHSA-9q82-xgwf-vj6h', from: '0.0.0', below: '5.5.0' },
  // Denial of service through startStandaloneServer (CVE-2026-23897): the 4.x and the 5.x range.
  { path: '@apollo/server', id: 'GHSA-mp6q-xf9x-fwf7', from: '4.2.0', below: '4.13.0' },
  { path: '@apollo/server', id: 'GHSA-mp6q-xf9x-fwf7', from: '5.0.0', below: '5.4.0' },
  // Apollo Server hashes with sha.js: missing type checks let crafted data rewind the hash.
  {
    path: '@apollo/server > @apollo/utils.createhash > sha.js',
    id: 'GHSA-95m3-7q98-8xr5',
    from: '0.0.0',
    below: '2.4.12',
  },

  // graphql-js. Uncontrolled resource consumption in the parser (CVE-2023-26144).
  { path: 'graphql', id: 'GHSA-9pv7-vfvm-6vr7', from: '16.3.0', below: '16.8.1' },

  // The query limits (graphql-armor): a query or fragment named __schema skipped the cost limit
  // and the depth limit; the depth limit also cached a fragment's depth from its first use.
  { path: '@escape.tech/graphql-armor-cost-limit', id: 'GHSA-733v-p3h5-qpq7', from: '0.0.0', below: '2.4.2' },
  {
    path: '@escape.tech/graphql-armor > @escape.tech/graphql-armor-cost-limit',
    id: 'GHSA-733v-p3h5-qpq7',
    from: '0.0.0',
    below: '2.4.2',
  },
  {
    path: '@escape.tech/graphql-armor > @escape.tech/graphql-armor-max-depth',
    id: 'GHSA-hmfr-rx46-4jx2',
    from: '0.0.0',
    below: '2.4.2',
  },
  {
    path: '@escape.tech/graphql-armor > @escape.tech/graphql-armor-max-depth',
    id: 'GHSA-224p-v68g-5g8f',
    from: '0.0.0',
    below: '2.4.2',
  },

  // Express. Open redirect through malformed URLs (4.x; the 5.0 pre-releases before beta.3).
  { path: 'express', id: 'GHSA-rv95-896h-c2vc', from: '0.0.0', below: '4.19.2' },
  // XSS through response.redirect() (4.x; the 5.0 pre-releases).
  { path: 'express', id: 'GHSA-qw6h-vgh9-j6wx', from: '0.0.0', below: '4.20.0' },
  // One published debug release (4.4.2) carried malware.
  { path: 'express > debug', id: 'GHSA-4x49-vf9v-38px', from: '4.4.2', below: '4.4.3' },
  // Cookie name, path and domain accepted out-of-bounds characters: Express's copy and ours.
  { path: 'express > cookie', id: 'GHSA-pxg6-pf52-xh8x', from: '0.0.0', below: '0.7.0' },
  { path: 'cookie', id: 'GHSA-pxg6-pf52-xh8x', from: '0.0.0', below: '0.7.0' },
  // Template injection (XSS) in the redirect page of send and serve-static.
  { path: 'express > send', id: 'GHSA-m6fv-jmcg-4jfg', from: '0.0.0', below: '0.19.0' },
  { path: 'express > serve-static', id: 'GHSA-cm22-4g7w-348p', from: '2.0.0', below: '2.1.0' },
  // Route matching: backtracking regular expressions (ReDoS).
  { path: 'express > router > path-to-regexp', id: 'GHSA-9wv6-86v2-598j', from: '7.0.0', below: '8.0.0' },
  { path: 'express > router > path-to-regexp', id: 'GHSA-j3q9-mxjg-w52f', from: '8.0.0', below: '8.4.0' },
  { path: 'express > router > path-to-regexp', id: 'GHSA-27v5-c462-wpq7', from: '8.0.0', below: '8.4.0' },

  // Body parsing (Express's and Apollo Server's): denial of service with URL-encoded bodies, and
  // an invalid limit that silently turned the size limit off.
  { path: 'express > body-parser', id: 'GHSA-qwcr-r2fm-qrc7', from: '0.0.0', below: '1.20.3' },
  { path: 'express > body-parser', id: 'GHSA-wqch-xfxh-vrr4', from: '2.2.0', below: '2.2.1' },
  { path: 'express > body-parser', id: 'GHSA-v422-hmwv-36x6', from: '2.0.0', below: '2.3.0' },
  { path: '@apollo/server > body-parser', id: 'GHSA-v422-hmwv-36x6', from: '2.0.0', below: '2.3.0' },
  // Query-string parsing (qs): array limits bypassed, stringify throwing on null, an attacker's
  // isBuffer, and an older prototype-pollution hang.
  { path: 'express > qs', id: 'GHSA-hrpp-h998-j3pp', from: '6.10.0', below: '6.10.3' },
  { path: 'express > qs', id: 'GHSA-6rw7-vpxm-498p', from: '0.0.0', below: '6.14.1' },
  { path: 'express > qs', id: 'GHSA-w7fw-mjwx-w883', from: '6.7.0', below: '6.14.2' },
  { path: 'express > qs', id: 'GHSA-q8mj-m7cp-5q26', from: '6.11.1', below: '6.15.2' },
  { path: 'express > qs', id: 'GHSA-x5fp-wj9c-mxmx', from: '6.14.2', below: '6.16.0' },
  { path: 'express > qs', id: 'GHSA-4mjr-xmp4-gh2g', from: '2.2.5', below: '6.16.0' },
  { path: 'express > body-parser > qs', id: 'GHSA-4mjr-xmp4-gh2g', from: '2.2.5', below: '6.16.0' },

  // The register import's CSV parser: a __proto__ header replaced the row's prototype.
  { path: 'csv-parse', id: 'GHSA-8cw4-87c7-c6xx', from: '0.0.0', below: '7.0.2' },

  // Validation. Ajv: ReDoS through $data patterns. Its URI parser, fast-uri: host confusion and
  // request forgery through backslashes, IDN, percent-encoding and IPv6 normalisation.
  { path: 'ajv', id: 'GHSA-2g4f-4pwh-qvx6', from: '7.0.0', below: '8.18.0' },
  { path: 'ajv > fast-uri', id: 'GHSA-4c8g-83qw-93j6', from: '3.0.0', below: '3.1.4' },
  { path: 'ajv > fast-uri', id: 'GHSA-v2hh-gcrm-f6hx', from: '3.0.0', below: '3.1.4' },
  { path: 'ajv > fast-uri', id: 'GHSA-7p8r-x3mc-p8w7', from: '3.0.0', below: '3.1.5' },
  { path: 'ajv > fast-uri', id: 'GHSA-5jgf-p345-68v8', from: '3.1.3', below: '3.1.6' },
  { path: 'ajv > fast-uri', id: 'GHSA-f65p-4m7j-42xc', from: '3.0.0', below: '3.1.6' },
  { path: 'ajv > fast-uri', id: 'GHSA-fph4-wmhf-6fwf', from: '3.1.2', below: '3.1.6' },
  { path: 'ajv > fast-uri', id: 'GHSA-jqff-g426-hqxp', from: '3.0.0', below: '3.1.6' },
  // Zod: ReDoS in email validation.
  { path: 'zod', id: 'GHSA-m95q-7qp3-xv42', from: '0.0.0', below: '3.22.3' },

  // MikroORM: SQL injection through crafted objects (critical) and prototype pollution in
  // Utils.merge; SQL injection through runtime identifiers and JSON-path keys.
  { path: '@mikro-orm/core', id: 'GHSA-gwhv-j974-6fxm', from: '7.0.0', below: '7.0.6' },
  { path: '@mikro-orm/core', id: 'GHSA-qpfv-44f3-qqx6', from: '7.0.0', below: '7.0.6' },
  { path: '@mikro-orm/sql', id: 'GHSA-cfw5-68c4-ffqp', from: '0.0.0', below: '7.0.14' },
  // Kysely, under MikroORM's SQL layer: SQL injection through JSON-path keys and string literals.
  { path: '@mikro-orm/sql > kysely', id: 'GHSA-wmrf-hv6w-mr66', from: '0.26.0', below: '0.28.12' },
  { path: '@mikro-orm/sql > kysely', id: 'GHSA-8cpq-38p9-67gx', from: '0.0.0', below: '0.28.14' },
  { path: '@mikro-orm/sql > kysely', id: 'GHSA-fr9j-6mvq-frcv', from: '0.28.12', below: '0.28.14' },
  { path: '@mikro-orm/sql > kysely', id: 'GHSA-pv5w-4p9q-p3v2', from: '0.26.0', below: '0.28.17' },
];

/** The majors the server is built for: graphql 17 breaks type-graphql 2 and Apollo Server 5. */
const MAJORS: Record<string, number> = { '@apollo/server': 5, graphql: 16, '@escape.tech/graphql-armor': 3 };

/** The folder `name` resolves to from `from`, as Node finds it: the nearest node_modules up. */
const packageDir = (from: string, name: string): string => {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return realpathSync(candidate);
    if (path.dirname(dir) === dir) throw new Error(`${name} is not installed above ${from}`);
  }
};

/** The version the server resolves along a path: its own dependency, then each one's in turn. */
const installed = (where: string): string =>
  (
    JSON.parse(
      readFileSync(path.join(where.split(' > ').reduce(packageDir, serverRoot), 'package.json'), 'utf8'),
    ) as { version: string }
  ).version;

const parts = (version: string) => version.split(/[.-]/).slice(0, 3).map(Number) as [number, number, number];
const compare = (a: string, b: string) => {
  const [x, y] = [parts(a), parts(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};

describe('the versions on the request path', () => {
  it.each(Object.entries(MAJORS))('%s is on major version %i', (name, major) => {
    expect(parts(installed(name))[0]).toBe(major);
  });

  it.each(ADVISORIES)('$path is not affected by $id', ({ path: where, from, below }) => {
    const version = installed(where);
    expect(compare(version, from) >= 0 && compare(version, below) < 0, `${where} ${version}`).toBe(false);
  });

  it('finds a transitive package where the one before it resolves it', () => {
    expect(parts(installed('express > router > path-to-regexp'))[0]).toBe(8);
    expect(() => installed('no-such-package')).toThrow(/not installed/);
  });

  it('compares versions as numbers, not text', () => {
    expect(compare('5.10.0', '5.5.0')).toBeGreaterThan(0);
    expect(compare('16.8.0', '16.8.1')).toBeLessThan(0);
    expect(compare('4.13.0', '4.13.0')).toBe(0);
  });
});
