import { describe, expect, it } from 'vitest';
import { safeReturnTo, signInHref } from './return-to';

describe('safeReturnTo', () => {
  it.each([
    ['/', '/'],
    ['/organisations', '/organisations'],
    ['/organisations?q=royal+free&closed=include', '/organisations?q=royal+free&closed=include'],
    ['/organisations/RAL#summary', '/organisations/RAL#summary'],
    ['/organisations/../about', '/about'],
  ])('goes back to the local path %s', (value, expected) => {
    expect(safeReturnTo(value)).toBe(expected);
  });

  it.each([
    ['no value', null],
    ['an empty value', ''],
    ['another site', 'https://evil.example/'],
    ['a protocol-relative address', '//evil.example/path'],
    ['a backslash the browser reads as a slash', '/\\evil.example'],
    ['two backslashes', '\\\\evil.example'],
    ['a backslash later in the path', '/organisations\\..\\\\evil.example'],
    ['a tab the browser would drop', '/\t/evil.example'],
    ['a line break the browser would drop', '/\n/evil.example'],
    ['a leading space', ' /organisations'],
    ['a script address', 'javascript:alert(1)'],
    ['a data address', 'data:text/html,hello'],
    ['a relative path', 'organisations'],
    ['dot segments that resolve to another host', '/.//evil.example'],
    ['the sign-in page itself', '/sign-in?returnTo=%2Forganisations'],
  ])('goes home instead of following %s', (_name, value) => {
    expect(safeReturnTo(value)).toBe('/');
  });
});

describe('signInHref', () => {
  it('comes back to the page the person was on', () => {
    expect(signInHref('/organisations?q=royal')).toBe('/sign-in?returnTo=%2Forganisations%3Fq%3Droyal');
  });

  it('needs no returnTo for the home page or the sign-in page', () => {
    expect(signInHref('/')).toBe('/sign-in');
    expect(signInHref('/sign-in?returnTo=%2Fabout')).toBe('/sign-in');
  });
});
