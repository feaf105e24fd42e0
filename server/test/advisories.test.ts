import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serverRoot } from '../src/core/paths.js';

/**
 * The published advisories against the packages that stand between the internet and the data
 * (docs/dependencies.md): each with the versions it affects, [from, below). `pnpm audit` cannot
 * reach the advisory database from this network, so this list is kept by hand when one is
 * published, and the test fails if an installed version falls in an affected range.
 */
const ADVISORIES: { name: string; id: string; from: string; below: string }[] = [
  // Browser bug lets cross-site GET queries skip the preflight (XS-Search): fixed in 5.5.0.
  { name: '@apollo/server', id: 'GHSA-9q82-xgwf-vj6h', from: '0.0.0', below: '5.5.0' },
  // Denial of service through startStandaloneServer (CVE-2026-23897).
  { name: '@apollo/server', id: 'GHSA-mp6q-xf9x-fwf7', from: '4.2.0', below: '4.13.0' },
  // Uncontrolled resource consumption in the parser (CVE-2023-26144).
  { name: 'graphql', id: 'GHSA-9pv7-vfvm-6vr7', from: '16.3.0', below: '16.8.1' },
];

/** The majors the server is built for: graphql 17 breaks type-graphql 2 and Apollo Server 5. */
const MAJORS: Record<string, number> = { '@apollo/server': 5, graphql: 16, '@escape.tech/graphql-armor': 3 };

/** The version the server resolves (its own dependency, linked in its node_modules). */
const installed = (name: string): string =>
  (
    JSON.parse(readFileSync(path.join(serverRoot, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

const parts = (version: string) => version.split(/[.-]/).slice(0, 3).map(Number) as [number, number, number];
const compare = (a: string, b: string) => {
  const [x, y] = [parts(a), parts(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};

describe('the GraphQL stack’s versions', () => {
  it.each(Object.entries(MAJORS))('%s is on major version %i', (name, major) => {
    expect(parts(installed(name))[0]).toBe(major);
  });

  it.each(ADVISORIES)('$name is not affected by $id', ({ name, from, below }) => {
    const version = installed(name);
    expect(compare(version, from) >= 0 && compare(version, below) < 0, `${name} ${version}`).toBe(false);
  });

  it('compares versions as numbers, not text', () => {
    expect(compare('5.10.0', '5.5.0')).toBeGreaterThan(0);
    expect(compare('16.8.0', '16.8.1')).toBeLessThan(0);
    expect(compare('4.13.0', '4.13.0')).toBe(0);
  });
});
