import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import { Icb } from './icb.entity.js';
import { titleCase } from './name-case.js';
import { Organisation } from './organisation.entity.js';
import { CodeSource, OrganisationKind, TrustType, TrustTypeSource } from './organisation.enums.js';
import { Region } from './region.entity.js';
import { organisationSearchKey } from './search-key.js';
import { trustTypeFromName } from './trust-type.js';

/** Counts of what one load did; a second load of the same files reports only `unchanged`. */
export type LoadReport = { created: number; updated: number; unchanged: number };

type OrganisationRecord = {
  odsCode: string;
  codeSource: CodeSource;
  name: string;
  kind: OrganisationKind;
  regionCode: string | null;
  icbCode: string | null;
  addressLines: string[];
  postcode: string | null;
  phone: string | null;
  openedOn: string | null;
  closedOn: string | null;
};

// ICBs were established on 1 July 2022 with three-character codes; the April 2026 mergers
// created ICBs with five-character codes.
const ICBS_ESTABLISHED = '2022-07-01';
const ICB_MERGERS_2026 = '2026-04-01';

async function readTable(file: string): Promise<Record<string, string>[]> {
  return parse(await readFile(file, 'utf8'), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    trim: true,
  });
}

async function readRows(file: string): Promise<string[][]> {
  return parse(await readFile(file, 'utf8'), {
    bom: true,
    skip_empty_lines: true,
    trim: true,
    relax_column_count: true,
  });
}

function odsDate(value: string | undefined): string | null {
  if (!value) return null;
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (!m) throw new Error(`Unexpected ODS date "${value}"`);
  return `${m[1]}-${m[2]}-${m[3]}`;
}

const blank = (value: string | undefined): string | null =>
  value && value.trim() !== '' ? value.trim() : null;

const icbValidFrom = (code: string) => (code.length === 3 ? ICBS_ESTABLISHED : ICB_MERGERS_2026);

/**
 * ODS files every trust under today's ICB, even one that closed before that ICB existed. A trust
 * keeps an ICB only if it was still open when that ICB came into force.
 */
function icbAtClosure(icbCode: string | null, closedOn: string | null): string | null {
  if (!icbCode || !closedOn) return icbCode;
  return closedOn > icbValidFrom(icbCode) ? icbCode : null;
}

export async function readReferenceData(dir: string) {
  const regions = await readTable(path.join(dir, 'ods', 'regions.csv'));
  const icbs = await readTable(path.join(dir, 'ods', 'icbs-2026-04.csv'));
  const trusts = await readRows(path.join(dir, 'ods', 'etr.csv'));
  const bodies = await readTable(path.join(dir, 'central-bodies.csv'));

  const organisations: OrganisationRecord[] = [
    ...trusts.map((row) => ({
      odsCode: row[0]!,
      codeSource: CodeSource.ODS,
      name: titleCase(row[1]!),
      kind: OrganisationKind.TRUST,
      regionCode: blank(row[2]),
      icbCode: icbAtClosure(blank(row[3]), odsDate(row[11])),
      addressLines: row
        .slice(4, 9)
        .map((line) => line.trim())
        .filter(Boolean)
        .map(titleCase),
      postcode: blank(row[9]),
      phone: blank(row[17]),
      openedOn: odsDate(row[10]),
      closedOn: odsDate(row[11]),
    })),
    ...icbs.map((row) => ({
      odsCode: row['code']!,
      codeSource: CodeSource.ODS,
      name: row['name']!,
      kind: OrganisationKind.ICB,
      regionCode: row['region_code']!,
      icbCode: row['code']!,
      addressLines: [],
      postcode: null,
      phone: null,
      openedOn: icbValidFrom(row['code']!),
      closedOn: null,
    })),
    ...bodies.map((row) => ({
      odsCode: row['code']!,
      codeSource: row['code_source'] as CodeSource,
      name: titleCase(row['name']!),
      kind: OrganisationKind.CENTRAL_BODY,
      regionCode: blank(row['region_code']),
      icbCode: null,
      addressLines: [],
      postcode: null,
      phone: null,
      openedOn: null,
      closedOn: null,
    })),
  ];

  return {
    regions: regions.map((r) => ({ code: r['code']!, name: r['name']! })),
    icbs: icbs.map((r) => ({
      code: r['code']!,
      name: r['name']!,
      regionCode: r['region_code']!,
      validFrom: icbValidFrom(r['code']!),
    })),
    organisations,
  };
}

function assign<T extends object>(entity: T, values: Partial<T>): boolean {
  let changed = false;
  for (const [key, value] of Object.entries(values) as [keyof T, T[keyof T]][]) {
    if (JSON.stringify(entity[key]) !== JSON.stringify(value)) {
      entity[key] = value;
      changed = true;
    }
  }
  return changed;
}

/**
 * Loads regions, ICBs and organisations in one transaction. Idempotent: records are matched on
 * their codes, changed fields are updated, nothing is duplicated, and a trust type set by a
 * person is never overwritten.
 */
export async function loadReferenceData(em: EntityManager, dir: string): Promise<LoadReport> {
  const data = await readReferenceData(dir);
  const report: LoadReport = { created: 0, updated: 0, unchanged: 0 };
  const count = (created: boolean, changed: boolean) => {
    if (created) report.created++;
    else if (changed) report.updated++;
    else report.unchanged++;
  };

  await em.transactional(async (tx) => {
    const regionRef = (code: string | null) =>
      code ? tx.getReference(Region, code, { wrapped: true }) : null;
    /** Points `entity[key]` at the record with `code`; says whether that changed anything. */
    const setReference = <E extends object, T extends { code: string }>(
      entity: E,
      key: keyof E,
      target: new () => T,
      code: string | null,
    ): boolean => {
      const current = entity[key] as Ref<T> | null;
      if ((current ? current.unwrap().code : null) === code) return false;
      entity[key] = (code ? tx.getReference(target, code, { wrapped: true }) : null) as E[keyof E];
      return true;
    };
    const regions = new Map((await tx.findAll(Region)).map((r) => [r.code, r]));
    for (const r of data.regions) {
      const existing = regions.get(r.code);
      const region = existing ?? tx.create(Region, { code: r.code, name: r.name });
      regions.set(r.code, region);
      count(!existing, existing ? assign(existing, { name: r.name }) : false);
    }

    const icbs = new Map((await tx.findAll(Icb)).map((i) => [i.code, i]));
    for (const i of data.icbs) {
      const existing = icbs.get(i.code);
      if (existing) {
        const changed = assign(existing, { name: i.name, validFrom: i.validFrom });
        count(false, setReference(existing, 'region', Region, i.regionCode) || changed);
      } else {
        icbs.set(
          i.code,
          tx.create(Icb, {
            code: i.code,
            name: i.name,
            validFrom: i.validFrom,
            region: regionRef(i.regionCode)!,
          }),
        );
        count(true, false);
      }
    }

    const organisations = new Map((await tx.findAll(Organisation)).map((o) => [o.odsCode, o]));
    for (const o of data.organisations) {
      const hinted = o.kind === OrganisationKind.TRUST ? trustTypeFromName(o.name) : null;
      const hintSource = hinted && hinted !== TrustType.NOT_ESTABLISHED ? TrustTypeSource.NAME_HINT : null;
      const existing = organisations.get(o.odsCode);
      const scalars = {
        codeSource: o.codeSource,
        name: o.name,
        kind: o.kind,
        addressLines: o.addressLines,
        postcode: o.postcode,
        phone: o.phone,
        openedOn: o.openedOn,
        closedOn: o.closedOn,
        searchKey: organisationSearchKey(o.name, o.odsCode),
      };
      if (!existing) {
        tx.create(Organisation, {
          odsCode: o.odsCode,
          ...scalars,
          trustType: hinted,
          trustTypeSource: hintSource,
          region: regionRef(o.regionCode),
          icb: o.icbCode ? tx.getReference(Icb, o.icbCode, { wrapped: true }) : null,
        });
        count(true, false);
        continue;
      }
      let changed = assign(existing, scalars);
      if (existing.trustTypeSource !== TrustTypeSource.PERSON) {
        changed =
          assign(existing, {
            trustType: hinted,
            trustTypeSource: hintSource,
          }) || changed;
      }
      changed = setReference(existing, 'region', Region, o.regionCode) || changed;
      changed = setReference(existing, 'icb', Icb, o.icbCode) || changed;
      count(false, changed);
    }
  });

  return report;
}
