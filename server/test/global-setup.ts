import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createOrm } from '../src/core/orm.js';
import { referenceDataDir } from '../src/core/paths.js';
import { loadReferenceData } from '../src/modules/organisations/reference-data.js';
import { loadCpvCodes } from '../src/modules/catalogue/cpv-data.js';
import { loadStandards } from '../src/modules/standards/standards-data.js';
import type { Template } from './databases.js';

declare module 'vitest' {
  export interface ProvidedContext {
    template: Template;
  }
}

/** Migrates and seeds the template database once for the whole run. */
export default async function setup(project: TestProject) {
  const url = process.env['DATABASE_URL'];
  let template: Template;
  let cleanup = async () => {};
  if (url) {
    template = { kind: 'postgresql', url };
  } else {
    console.warn(
      'test/postgresql/ (a PostgreSQL that goes away) runs only with DATABASE_URL set, as CI runs it; ' +
        'this run uses the embedded database.',
    );
    const dir = await mkdtemp(path.join(tmpdir(), 'concord-test-template-'));
    template = { kind: 'pglite', dataDir: dir };
    cleanup = () => rm(dir, { recursive: true, force: true });
  }
  const orm = await createOrm(template);
  try {
    if (template.kind === 'postgresql') {
      // A leftover from an interrupted run must not leak into this one.
      await orm.em.getConnection().execute('drop schema if exists public cascade; create schema public');
    }
    await orm.migrator.up();
    await loadReferenceData(orm.em.fork(), referenceDataDir);
    await loadStandards(orm.em.fork(), referenceDataDir);
    await loadCpvCodes(orm.em.fork(), referenceDataDir);
  } finally {
    await orm.close();
  }
  project.provide('template', template);
  return cleanup;
}
