import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceDataDir } from '../../../core/paths.js';
import { startTestServer, type TestServer } from '../../../../test/test-server.js';
import { Icb } from '../icb.entity.js';
import { Organisation } from '../organisation.entity.js';
import { TrustType, TrustTypeSource } from '../organisation.enums.js';
import { Region } from '../region.entity.js';
import { loadReferenceData, readReferenceData } from '../reference-data.js';

// This suite changes data, so it has a database of its own.
let server: TestServer;
let changedDir: string;
beforeAll(async () => {
  server = await startTestServer();
  changedDir = await mkdtemp(path.join(tmpdir(), 'concord-ref-'));
  await cp(referenceDataDir, changedDir, { recursive: true });
});
afterAll(async () => {
  await server?.close();
  await rm(changedDir, { recursive: true, force: true });
});

const counts = async () => {
  const em = server.server.orm.em.fork();
  return {
    regions: await em.count(Region),
    icbs: await em.count(Icb),
    organisations: await em.count(Organisation),
  };
};

describe('loading reference data', () => {
  it('ships every region, ICB, trust and central body', async () => {
    const data = await readReferenceData(referenceDataDir);
    expect(data.regions).toHaveLength(7);
    expect(data.icbs).toHaveLength(36);
    expect(data.organisations.filter((o) => o.kind === 'TRUST')).toHaveLength(274);
    expect(await counts()).toEqual({ regions: 7, icbs: 36, organisations: data.organisations.length });
  });

  it('changes nothing when the same files load again', async () => {
    const before = await counts();
    const report = await loadReferenceData(server.server.orm.em.fork(), referenceDataDir);
    expect(report.created).toBe(0);
    expect(report.updated).toBe(0);
    expect(report.unchanged).toBe(7 + 36 + before.organisations);
    expect(await counts()).toEqual(before);
  });

  it('applies a changed extract: renames, ICB moves and closures, without duplicates', async () => {
    const em = server.server.orm.em.fork();
    // A person has established one trust's type; reference loads must not undo that.
    const rf = await em.findOneOrFail(Organisation, { odsCode: 'RAL' });
    rf.trustType = TrustType.ACUTE;
    rf.trustTypeSource = TrustTypeSource.PERSON;
    await em.flush();

    const etr = path.join(changedDir, 'ods', 'etr.csv');
    const lines = (await readFile(etr, 'utf8')).split('\r\n'); // ODS extracts end lines with CRLF
    const edit = (code: string, change: (fields: string[]) => void) => {
      const i = lines.findIndex((l) => l.startsWith(`"${code}",`));
      const fields = lines[i]!.split('","').map((f) => f.replace(/^"|"$/g, ''));
      change(fields);
      lines[i] = fields.map((f) => `"${f}"`).join(',');
    };
    edit('RAL', (f) => {
      f[1] = 'ROYAL FREE LONDON AMBULANCE NHS FOUNDATION TRUST';
    });
    edit('R0A', (f) => {
      f[3] = 'QE1'; // moves ICB
    });
    edit('R0B', (f) => {
      f[11] = '20260331'; // closes
    });
    await writeFile(etr, lines.join('\r\n'));
    const before = await counts();

    const report = await loadReferenceData(server.server.orm.em.fork(), changedDir);
    expect(report.created).toBe(0);
    expect(report.updated).toBe(3);
    expect(await counts()).toEqual(before);

    const after = server.server.orm.em.fork();
    const renamed = await after.findOneOrFail(Organisation, { odsCode: 'RAL' });
    expect(renamed.name).toBe('Royal Free London Ambulance NHS Foundation Trust');
    expect(renamed.searchKey).toContain('ambulance');
    expect(renamed.trustType).toBe(TrustType.ACUTE);
    expect(renamed.trustTypeSource).toBe(TrustTypeSource.PERSON);
    const moved = await after.findOneOrFail(Organisation, { odsCode: 'R0A' });
    expect(moved.icb?.unwrap().code).toBe('QE1');
    const closed = await after.findOneOrFail(Organisation, { odsCode: 'R0B' });
    expect(closed.closedOn).toBe('2026-03-31');

    const again = await loadReferenceData(server.server.orm.em.fork(), changedDir);
    expect(again.updated + again.created).toBe(0);
  });

  it('sets trust types only from safe name hints', async () => {
    const em = server.server.orm.em.fork();
    const byCode = async (code: string) =>
      (await em.findOneOrFail(Organisation, { odsCode: code })).trustType;
    expect(await byCode('RRU')).toBe(TrustType.AMBULANCE); // London Ambulance Service
    expect(await byCode('RV5')).toBe(TrustType.NOT_ESTABLISHED); // South London and Maudsley: no hint in the name
    expect(await byCode('RQY')).toBe(TrustType.MENTAL_HEALTH);
    expect(await byCode('RYX')).toBe(TrustType.COMMUNITY); // Central London Community Healthcare
    expect(await byCode('X24')).toBeNull(); // NHS England is not a trust
    const rf = await em.findOneOrFail(Organisation, { odsCode: 'RV5' });
    expect(rf.trustTypeSource).toBeNull(); // nothing established, so no source either
    const ambulance = await em.findOneOrFail(Organisation, { odsCode: 'RRU' });
    expect(ambulance.trustTypeSource).toBe(TrustTypeSource.NAME_HINT);
  });

  it('keeps a closed trust in an ICB only if the ICB existed while the trust was open', async () => {
    const em = server.server.orm.em.fork();
    const icbOf = async (code: string) =>
      (await em.findOneOrFail(Organisation, { odsCode: code })).icb?.unwrap().code ?? null;
    expect(await icbOf('RT3')).toBeNull(); // closed January 2021, before ICBs began (July 2022)
    expect(await icbOf('R1C')).toBe('QRL'); // closed September 2024, in an ICB in force since 2022
    expect(await icbOf('RVJ')).toBe('QUY'); // closes June 2026
  });
});
