// pnpm db:seed: loads (or refreshes) the reference data; safe to run any number of times.
import 'reflect-metadata';
import { loadConfig } from '../core/config.js';
import { createOrm } from '../core/orm.js';
import { referenceDataDir } from '../core/paths.js';
import { loadReferenceData } from '../modules/organisations/reference-data.js';
import { loadCpvCodes } from '../modules/catalogue/cpv-data.js';
import { loadStandards } from '../modules/standards/standards-data.js';
import { runCli, say } from './run-cli.js';

await runCli(async () => {
  const orm = await createOrm(loadConfig().database);
  try {
    await orm.migrator.up();
    const report = await loadReferenceData(orm.em.fork(), referenceDataDir);
    say(
      `Reference data: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged.`,
    );
    const cpv = await loadCpvCodes(orm.em.fork(), referenceDataDir);
    say(`CPV codes: ${cpv.created} created, ${cpv.updated} updated, ${cpv.unchanged} unchanged.`);
    const standards = await loadStandards(orm.em.fork(), referenceDataDir);
    say(
      `Standards catalogue: ${standards.created} added, ${standards.kept} already present (kept as curated).`,
    );
    return 0;
  } finally {
    await orm.close();
  }
});
