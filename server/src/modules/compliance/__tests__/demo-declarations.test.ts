import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../../core/dates.js';
import { referenceDataDir } from '../../../core/paths.js';
import { demoCatalogue } from '../../frameworks/demo-catalogue.js';
import { readStandards } from '../../standards/standards-data.js';
import {
  DEMO_DECLARER_ODS_CODE,
  demoDeclarations,
  withEarlierDeclarations,
  type DemoDeclaration,
  type DemoStandard,
} from '../demo-declarations.js';

const TODAY = '2026-12-02';
const catalogue = demoCatalogue();

// Every open trust in the shipped ODS extract (column 1 code, 2 name, 12 close date), typed from the
// safe hints in its name as the reference data loader does.
const trusts = (
  parse(readFileSync(new URL('../../../../data/ods/etr.csv', import.meta.url), 'utf8'), {
    relax_column_count: true,
  }) as string[][]
)
  .filter((row) => !row[11])
  .map(([odsCode, name]) => ({
    odsCode: odsCode!,
    trustType: name!.includes('AMBULANCE')
      ? 'AMBULANCE'
      : name!.includes('MENTAL HEALTH')
        ? 'MENTAL_HEALTH'
        : name!.includes('COMMUNITY') && !name!.includes('HOSPITAL')
          ? 'COMMUNITY'
          : 'NOT_ESTABLISHED',
  }));

let standards: DemoStandard[];
beforeAll(async () => {
  standards = (await readStandards(referenceDataDir)).map((s) => ({
    code: s.code,
    appliesTo: s.appliesTo,
    category: s.category,
    assessment: s.assessment,
    levels: s.levels,
    compliantLevels: s.compliantLevels,
    certificateMonths: s.certificateMonths,
  }));
});

const generate = (seed?: string, list = standards, trustList = trusts) =>
  demoDeclarations({ catalogue, trusts: trustList, standards: list }, { today: TODAY, seed });
const sha256 = (rows: DemoDeclaration[]) => createHash('sha256').update(JSON.stringify(rows)).digest('hex');

const orgOf = (d: DemoDeclaration) =>
  'organisationOdsCode' in d.subject ? d.subject.organisationOdsCode : null;
const versionOf = (d: DemoDeclaration) => ('product' in d.subject ? d.subject.product : null);
/** The day it lapses after, if it ever does. */
const lapsesAfter = (d: DemoDeclaration) => d.certificate?.expiresOn ?? d.expiresOn;
const lapsed = (d: DemoDeclaration) => (lapsesAfter(d) ?? '9999-12-31') < TODAY;
const lapsingWithin = (d: DemoDeclaration, days: number) => {
  const end = lapsesAfter(d);
  return end !== null && end >= TODAY && end <= addDays(TODAY, days);
};
const overdue = (d: DemoDeclaration) => d.remediation !== null && d.remediation.dueOn < TODAY;
const share = (rows: DemoDeclaration[], test: (d: DemoDeclaration) => boolean) =>
  rows.filter(test).length / rows.length;
const isDate = (day: string) => /^\d{4}-\d{2}-\d{2}$/.test(day) && addDays(day, 0) === day;

/** Every business rule of a declaration, written out here rather than taken from the rules module. */
function problems(d: DemoDeclaration, standard: DemoStandard | undefined): string[] {
  if (!standard) return ['unknown standard'];
  const found: string[] = [];
  const fail = (what: string) => found.push(what);
  const org = orgOf(d) !== null;
  if (org ? standard.appliesTo === 'PRODUCT' : standard.appliesTo === 'ORGANISATION') fail('wrong subject');
  if (!isDate(d.declaredOn) || d.declaredOn > TODAY) fail('declaredOn');
  if (standard.assessment === 'LEVELS') {
    if (d.level === null || !standard.levels.includes(d.level)) fail('level');
    else if ((d.status === 'COMPLIANT') !== standard.compliantLevels.includes(d.level))
      fail('status ⇎ level');
  } else if (d.level !== null) fail('level on PASS_FAIL');
  if ((d.status === 'NOT_APPLICABLE') !== (d.notApplicableReason !== null)) fail('reason');
  if (
    d.notApplicableReason !== null &&
    (!d.notApplicableReason.trim() || d.notApplicableReason.length > 2000)
  )
    fail('reason text');
  const needsPlan = d.status === 'PARTIAL' || d.status === 'NON_COMPLIANT' || d.status === 'PLANNED';
  if (needsPlan !== (d.remediation !== null)) fail('plan');
  if (d.remediation) {
    const { dueOn, actions } = d.remediation;
    if (!isDate(dueOn) || dueOn <= d.declaredOn) fail('plan due before it was declared');
    if (!actions.length || actions.some((a) => !a.trim() || a.length > 500)) fail('actions');
  }
  if (d.evidenceLinks.length > 20 || d.evidenceStatement.length > 5000) fail('evidence');
  for (const link of d.evidenceLinks)
    if (!/^https?:\/\/\S+$/i.test(link) || link.length > 500 || !new URL(link).hostname.endsWith('.example'))
      fail(`link ${link}`);
  const wantsCertificate = standard.certificateMonths !== null && d.status === 'COMPLIANT';
  if (wantsCertificate !== (d.certificate !== null)) fail('certificate');
  if (d.certificate) {
    const { number, issuedOn, expiresOn } = d.certificate;
    if (!number.trim()) fail('certificate number');
    if (!isDate(issuedOn) || issuedOn > TODAY) fail('issuedOn');
    if (!isDate(expiresOn) || expiresOn <= issuedOn) fail('expiry on or before issue');
    if (expiresOn > addMonths(issuedOn, standard.certificateMonths!))
      fail('expiry beyond certificate months');
    if (d.declaredOn < issuedOn) fail('declared before issue');
    if (d.expiresOn !== null) fail('a review date beside the certificate');
  }
  if (d.expiresOn !== null && (!isDate(d.expiresOn) || d.expiresOn <= d.declaredOn)) fail('review date');
  if (d.standardCode === 'DSPT' && !d.expiresOn?.endsWith('-06-30')) fail('DSPT review date');
  if (d.verification) {
    const { outcome, comment, on } = d.verification;
    if (outcome === 'REJECTED' && !comment?.trim()) fail('rejected without a comment');
    if (on < d.declaredOn || on > TODAY) fail('verified outside declared..today');
    if (on > (lapsesAfter(d) ?? on)) fail('verified after it lapsed');
  }
  return found;
}

describe('demo declarations', () => {
  let rows: DemoDeclaration[];
  beforeAll(() => {
    rows = generate();
  });
  const trustRows = (code: string) =>
    rows.filter((d) => d.standardCode === code && orgOf(d) !== null && orgOf(d) !== DEMO_DECLARER_ODS_CODE);
  const statusShare = (list: DemoDeclaration[], status: DemoDeclaration['status'], of = trusts.length - 1) =>
    list.filter((d) => d.status === status).length / of;

  it('are the same for the same seed, whatever the order of the trusts, and others for another seed', () => {
    expect(rows.length).toBeGreaterThan(2000);
    expect(sha256(generate())).toBe(sha256(rows));
    expect(sha256(generate(undefined, standards, [...trusts].reverse()))).toBe(sha256(rows));
    expect(sha256(generate('another seed'))).not.toBe(sha256(rows));
  });

  it('declare each standard at most once per trust and per product version', () => {
    const keys = rows.map((d) => `${orgOf(d) ?? JSON.stringify(versionOf(d))}|${d.standardCode}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  describe.each([
    ['standards as shipped', (s: DemoStandard) => s],
    [
      'CE without certificates',
      (s: DemoStandard) => (s.code === 'CE' ? { ...s, certificateMonths: null } : s),
    ],
  ])('every row follows the declaration rules (%s)', (_, adjust) => {
    it('as declared', () => {
      const list = standards.map(adjust);
      const byCode = new Map(list.map((s) => [s.code, s]));
      const failures = generate(undefined, list)
        .map((d) => ({ d, found: problems(d, byCode.get(d.standardCode)) }))
        .filter(({ found }) => found.length);
      expect(failures.slice(0, 5)).toEqual([]);
    });
  });

  it('(whose checks catch broken rows)', () => {
    const byCode = new Map(standards.map((s) => [s.code, s]));
    const check = (d: DemoDeclaration) => problems(d, byCode.get(d.standardCode));
    const certified = rows.find((d) => d.certificate && orgOf(d))!;
    const planned = rows.find((d) => d.status === 'PLANNED')!;
    const dspt = rows.find((d) => d.standardCode === 'DSPT' && d.status === 'COMPLIANT')!;
    expect(check({ ...certified, certificate: null })).toContain('certificate');
    expect(
      check({
        ...certified,
        certificate: { ...certified.certificate!, expiresOn: addMonths(certified.certificate!.issuedOn, 40) },
      }),
    ).toContain('expiry beyond certificate months');
    expect(check({ ...planned, remediation: null })).toContain('plan');
    expect(
      check({ ...planned, remediation: { ...planned.remediation!, dueOn: planned.declaredOn } }),
    ).toContain('plan due before it was declared');
    expect(check({ ...dspt, level: 'APPROACHING_STANDARDS' })).toContain('status ⇎ level');
    expect(check({ ...planned, evidenceLinks: ['ftp://files.example/x'] })).toEqual([
      'link ftp://files.example/x',
    ]);
  });

  it('give trusts DSPT levels in the planned proportions, reviewed at the next toolkit deadline', () => {
    const dspt = trustRows('DSPT');
    expect(dspt).toHaveLength(trusts.length - 1);
    const compliant = statusShare(dspt, 'COMPLIANT');
    const levels = (level: string) => dspt.filter((d) => d.level === level).length / dspt.length;
    expect(compliant).toBeGreaterThanOrEqual(0.7);
    expect(compliant).toBeLessThanOrEqual(0.9);
    expect(levels('APPROACHING_STANDARDS')).toBeGreaterThan(0.08);
    expect(levels('STANDARDS_NOT_MET')).toBeGreaterThan(0.01);
    expect(share(dspt, lapsed)).toBeLessThan(0.1);
  });

  it('give trusts the other organisation standards in their bands', () => {
    const ceplus = trustRows('CE_PLUS');
    const measured = {
      DCB0160: statusShare(trustRows('DCB0160'), 'COMPLIANT'),
      CE_PLUS: statusShare(ceplus, 'COMPLIANT'),
      CE_PLUS_lapsed: ceplus.filter(lapsed).length / (trusts.length - 1),
      CE_PLUS_lapsing_90: ceplus.filter((d) => lapsingWithin(d, 90)).length / (trusts.length - 1),
      ISO27001: statusShare(trustRows('ISO27001'), 'COMPLIANT'),
      NHS_NUMBER: statusShare(trustRows('NHS_NUMBER'), 'COMPLIANT'),
      SNOMED_CT: statusShare(trustRows('SNOMED_CT'), 'COMPLIANT'),
      CE: statusShare(trustRows('CE'), 'COMPLIANT'),
      GS1_planned: statusShare(trustRows('GS1'), 'PLANNED'),
    };
    expect(measured.DCB0160).toBeGreaterThan(0.84);
    expect(measured.CE_PLUS).toBeGreaterThan(0.68);
    expect(measured.CE_PLUS).toBeLessThan(0.82);
    expect(measured.CE_PLUS_lapsed).toBeGreaterThan(0.04);
    expect(measured.CE_PLUS_lapsed).toBeLessThan(0.13);
    expect(measured.CE_PLUS_lapsing_90).toBeGreaterThan(0.05);
    expect(measured.ISO27001).toBeGreaterThan(0.3);
    expect(measured.ISO27001).toBeLessThan(0.5);
    for (const code of ['NHS_NUMBER', 'SNOMED_CT'] as const) {
      expect(measured[code]).toBeGreaterThanOrEqual(0.8);
      expect(measured[code]).toBeLessThanOrEqual(0.95);
    }
    expect(measured.CE).toBeGreaterThan(0.5);
    expect(measured.CE).toBeLessThan(0.7);
    expect(measured.GS1_planned).toBeGreaterThan(0.4);
  });

  it('have some overdue plans, some lapsed and some lapsing declarations, and verify most', () => {
    const plans = rows.filter((d) => d.remediation);
    const trustPlans = plans.filter((d) => orgOf(d) !== null);
    const measured = {
      overdue: share(plans, overdue),
      trustOverdue: share(trustPlans, overdue),
      lapsed: rows.filter(lapsed).length,
      lapsing90: rows.filter((d) => lapsingWithin(d, 90)).length,
      verified: share(rows, (d) => d.verification?.outcome === 'VERIFIED'),
      rejected: share(rows, (d) => d.verification?.outcome === 'REJECTED'),
    };
    expect(measured.overdue).toBeGreaterThan(0.05);
    expect(measured.trustOverdue).toBeGreaterThan(0.1);
    expect(measured.trustOverdue).toBeLessThan(0.22);
    expect(measured.lapsed).toBeGreaterThan(20);
    expect(measured.lapsing90).toBeGreaterThan(20);
    expect(measured.verified).toBeGreaterThan(0.65);
    expect(measured.verified).toBeLessThan(0.8);
    expect(measured.rejected).toBeGreaterThan(0.02);
    expect(measured.rejected).toBeLessThan(0.08);
  });

  it('leave the new API standards with gaps among products', () => {
    const apis = ['FHIR_UK_CORE', 'PDS_FHIR', 'NRL', 'NHS_LOGIN', 'GP_CONNECT', 'IM1'];
    const required = requiredByProduct();
    const latest = new Map(catalogue.products.map((p) => [p.key, p.versions.at(-1)!]));
    const current = rows.filter((d) => {
      const v = versionOf(d);
      return v !== null && latest.get(v.key) === v.version;
    });
    const categoryOf = new Map(catalogue.products.map((p) => [p.key, p.category]));
    let pairs = 0;
    let undeclared = 0;
    let planned = 0;
    for (const code of apis) {
      // Where a standard concerns a kind of product, some product of that kind declares it.
      const declared = new Map(
        current
          .filter((d) => d.standardCode === code && d.status !== 'NOT_APPLICABLE')
          .map((d) => [versionOf(d)!.key, d]),
      );
      const inScope = new Set(
        [...declared.keys()].filter((key) => !required.get(key)?.has(code)).map((key) => categoryOf.get(key)),
      );
      for (const product of catalogue.products) {
        if (!inScope.has(product.category) || required.get(product.key)?.has(code)) continue;
        const d = declared.get(product.key);
        if (d?.status === 'NOT_APPLICABLE') continue;
        pairs++;
        if (!d) undeclared++;
        else if (d.status === 'PLANNED') planned++;
      }
    }
    expect(undeclared / pairs).toBeGreaterThanOrEqual(0.05);
    expect(planned / pairs).toBeGreaterThanOrEqual(0.2);
    const due = current.filter((d) => apis.includes(d.standardCode) && d.status === 'PLANNED');
    for (const d of due) {
      expect(d.remediation!.dueOn >= addMonths(TODAY, 3)).toBe(true);
      expect(d.remediation!.dueOn <= addMonths(TODAY, 18)).toBe(true);
    }
  });

  it('make every version of every awarded product meet its lots’ product standards, verified and in date', () => {
    const byKey = new Map(rows.map((d) => [`${JSON.stringify(versionOf(d))}|${d.standardCode}`, d]));
    const products = new Map(catalogue.products.map((p) => [p.key, p]));
    const missing: string[] = [];
    let checked = 0;
    for (const [key, codes] of requiredByProduct())
      for (const version of products.get(key)!.versions)
        for (const code of codes) {
          checked++;
          const d = byKey.get(`${JSON.stringify({ key, version })}|${code}`);
          if (!d || d.status !== 'COMPLIANT' || d.verification?.outcome !== 'VERIFIED' || lapsed(d))
            missing.push(`${key} ${version} ${code}`);
        }
    expect(checked).toBeGreaterThan(500);
    expect(missing).toEqual([]);
  });

  it('grow to a benchmark scale by earlier declarations each current one replaced, a year apart', () => {
    const total = rows.length * 3 + 17;
    const chains = withEarlierDeclarations(rows, total);
    expect(chains.flat()).toHaveLength(total);
    // Spread evenly: every declaration has two or three earlier ones, and each chain ends with it.
    expect(new Set(chains.map((c) => c.length))).toEqual(new Set([3, 4]));
    chains.forEach((chain, i) => {
      expect(chain.at(-1)).toBe(rows[i]);
      for (const [back, earlier] of chain.slice(0, -1).entries()) {
        expect(earlier).toEqual({
          ...rows[i],
          declaredOn: addMonths(rows[i]!.declaredOn, -12 * (chain.length - 1 - back)),
          verification: null,
        });
      }
    });
    // Fewer than there are declarations asks for nothing earlier.
    expect(withEarlierDeclarations(rows, 10).every((c) => c.length === 1)).toBe(true);
  });

  it('give RAL every kind of notice and leave its SNOMED CT for the end-to-end test', () => {
    const ral = rows.filter((d) => orgOf(d) === DEMO_DECLARER_ODS_CODE);
    const of = (code: string) => ral.find((d) => d.standardCode === code);
    expect(of('DSPT')).toMatchObject({ status: 'COMPLIANT', level: 'STANDARDS_MET' });
    expect(of('DSPT')?.verification?.outcome).toBe('VERIFIED');
    expect(of('DCB0160')?.status).toBe('COMPLIANT');
    expect(of('NHS_NUMBER')?.verification?.outcome).toBe('VERIFIED');
    expect(of('CE_PLUS')?.certificate?.expiresOn).toBe(addDays(TODAY, 45));
    expect(of('ISO27001')?.verification).toMatchObject({ outcome: 'REJECTED', comment: expect.any(String) });
    expect(lapsed(of('CE')!)).toBe(true);
    expect(of('GS1')).toMatchObject({ status: 'PLANNED' });
    expect(overdue(of('GS1')!)).toBe(true);
    expect(ral.some(overdue)).toBe(true);
    expect(ral.some(lapsed)).toBe(true);
    expect(ral.some((d) => lapsingWithin(d, 90))).toBe(true);
    expect(ral.some((d) => d.verification?.outcome === 'REJECTED')).toBe(true);
    expect(of('SNOMED_CT')).toBeUndefined();
  });
});

/** The product standards each awarded product's lots require (those a product can declare). */
function requiredByProduct(): Map<string, Set<string>> {
  const declarable = new Set(standards.filter((s) => s.appliesTo !== 'ORGANISATION').map((s) => s.code));
  const required = new Map<string, Set<string>>();
  for (const lot of catalogue.frameworks.flatMap((f) => f.lots))
    for (const offer of lot.awards.flatMap((a) => a.offers)) {
      const codes = required.get(offer.productKey) ?? new Set<string>();
      for (const code of lot.requiredStandardCodes) if (declarable.has(code)) codes.add(code);
      required.set(offer.productKey, codes);
    }
  return required;
}
