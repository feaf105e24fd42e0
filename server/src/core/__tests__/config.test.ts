import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, RATE_LIMIT_DEFAULTS } from '../config.js';

describe('configuration', () => {
  it('defaults to the embedded database on port 4000', () => {
    const config = loadConfig({});
    expect(config.database.kind).toBe('pglite');
    expect(config.port).toBe(4000);
    expect(config.logLevel).toBe('info');
    expect(config.nodeEnv).toBe('development');
    expect(config.demoContracts).toBe(true);
    expect(config.comparisonCache).toBe(true);
    expect(config.compliancePlannedWindowDays).toBe(180);
  });

  it('takes the window for planned conformance from COMPLIANCE_PLANNED_WINDOW_DAYS', () => {
    expect(loadConfig({ COMPLIANCE_PLANNED_WINDOW_DAYS: '0' }).compliancePlannedWindowDays).toBe(0);
  });

  it('computes every comparison when COMPARISON_CACHE is false', () => {
    expect(loadConfig({ COMPARISON_CACHE: 'false' }).comparisonCache).toBe(false);
  });

  it('leaves the demo contract register out when DEMO_CONTRACTS is false', () => {
    expect(loadConfig({ DEMO_CONTRACTS: 'false' }).demoContracts).toBe(false);
  });

  it('requires trusted documents in production only, unless told otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).trustedDocuments).toBe('required');
    expect(loadConfig({}).trustedDocuments).toBe('optional');
    expect(loadConfig({ NODE_ENV: 'production', TRUSTED_DOCUMENTS: 'optional' }).trustedDocuments).toBe(
      'optional',
    );
    expect(() => loadConfig({ TRUSTED_DOCUMENTS: 'yes' })).toThrow(
      'TRUSTED_DOCUMENTS must be required or optional (got "yes")',
    );
  });

  it('limits query cost per user, token and address by default; each limit configurable, 0 for none', () => {
    expect(loadConfig({}).rateLimit).toEqual({ ...RATE_LIMIT_DEFAULTS, windowSeconds: 60 });
    expect(
      loadConfig({
        RATE_LIMIT_USER_POINTS: '0',
        RATE_LIMIT_ADDRESS_POINTS: '500',
        RATE_LIMIT_WINDOW_SECONDS: '10',
      }).rateLimit,
    ).toEqual({ user: 0, token: RATE_LIMIT_DEFAULTS.token, address: 500, windowSeconds: 10 });
    // A blank value is the default, never "no limit".
    expect(loadConfig({ RATE_LIMIT_USER_POINTS: '', RATE_LIMIT_ADDRESS_POINTS: ' ' }).rateLimit).toEqual({
      ...RATE_LIMIT_DEFAULTS,
      windowSeconds: 60,
    });
    expect(() => loadConfig({ RATE_LIMIT_TOKEN_POINTS: '-5' })).toThrow(
      'RATE_LIMIT_TOKEN_POINTS must be a whole number of cost points (0 for no limit) (got "-5")',
    );
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/concord' });
    expect(config.database).toEqual({
      kind: 'postgresql',
      url: 'postgres://postgres@127.0.0.1:5432/concord',
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a whole number between 1 and 65535 (got "abc")'],
    [{ PORT: '70000' }, 'PORT must be a whole number between 1 and 65535 (got "70000")'],
    [{ DATABASE_URL: 'mysql://localhost/db' }, 'DATABASE_URL must be a PostgreSQL URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL must be a PostgreSQL URL'],
    [
      { LOG_LEVEL: 'loud' },
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
    ],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV must be development, production or test (got "staging")'],
    [{ DEMO_CONTRACTS: 'no' }, 'DEMO_CONTRACTS must be true or false (got "no")'],
    [{ COMPARISON_CACHE: 'off' }, 'COMPARISON_CACHE must be true or false (got "off")'],
    [
      { COMPLIANCE_PLANNED_WINDOW_DAYS: '731' },
      'COMPLIANCE_PLANNED_WINDOW_DAYS must be a whole number of days from 0 to 730 (got "731")',
    ],
  ])('rejects %o with a clear message', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('names every bad value at once, on one line', () => {
    try {
      loadConfig({ PORT: '0', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/PORT .*; LOG_LEVEL /);
      expect(message).not.toContain('\n');
    }
  });
});
