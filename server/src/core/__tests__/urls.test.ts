import { describe, expect, it } from 'vitest';
import { isHttpUrl } from '../urls.js';

describe('isHttpUrl', () => {
  it.each([
    ['https://digital.nhs.uk/services/dspt', true],
    ['http://example.org', true],
    ['HTTPS://EXAMPLE.ORG/A?b=c', true],
    ['ftp://example.org/file', false],
    ['javascript:alert(1)', false],
    ['https://example.org/a b', false],
    [' https://example.org', false],
    ['https://', false],
    ['example.org', false],
    ['', false],
  ])('%j is an http(s) address: %s', (text, expected) => {
    expect(isHttpUrl(text)).toBe(expected);
  });
});
