import type { EntityManager } from '@mikro-orm/sql';
import { addDays } from '../../core/dates.js';
import { rows } from '../../core/sql.js';

/** A product version and a standard a framework lot requires of it. */
export type ConformanceNeed = { versionId: string; standardId: string };

/**
 * The framework gate: of the needs given, those a product version does not meet. A version meets a
 * lot's required standard when its current declaration, not rejected and not lapsed, is COMPLIANT,
 * or is a verified PLANNED one due within `windowDays` of today. Only standards that apply to
 * products count: a lot may also require organisation standards (DSPT) of the trusts that buy from
 * it, which no product can declare. One statement for all of them.
 */
export async function missingConformance(
  em: EntityManager,
  needs: readonly ConformanceNeed[],
  today: string,
  windowDays: number,
): Promise<Set<string>> {
  if (!needs.length) return new Set();
  const missing = await rows<{ version_id: string; standard_id: string }>(em, {
    text: `
      select x.version_id, x.standard_id
        from unnest(?::uuid[], ?::uuid[]) as x(version_id, standard_id)
        join standard s on s.id = x.standard_id and s.applies_to in ('PRODUCT', 'BOTH')
       where not exists (
         select 1 from compliance_declaration d
          where d.product_version_id = x.version_id and d.standard_id = x.standard_id
            and d.superseded_at is null
            and d.verification is distinct from 'REJECTED'
            and (d.expires_on is null or d.expires_on >= ?::date)
            and (d.status = 'COMPLIANT'
                 or (d.status = 'PLANNED' and d.verification = 'VERIFIED' and d.remediation_due_on <= ?::date)))`,
    params: [
      `{${needs.map((n) => n.versionId).join(',')}}`,
      `{${needs.map((n) => n.standardId).join(',')}}`,
      today,
      addDays(today, windowDays),
    ],
  });
  return new Set(missing.map((m) => needKey(m.version_id, m.standard_id)));
}

export const needKey = (versionId: string, standardId: string) => `${versionId}|${standardId}`;
