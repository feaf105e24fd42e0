import { policy } from '../../core/auth/policy.js';
import type { Context } from '../../core/context.js';
import { addDays, todayInEngland } from '../../core/dates.js';
import { DomainError, ErrorCode } from '../../core/errors.js';
import { joinSql, raw, rows, sql, textArray, type Sql } from '../../core/sql.js';
import type { ProductCategory } from '../catalogue/catalogue.enums.js';
import { Role } from '../identity/role.js';
import type { StandardCategory } from '../standards/standard.enums.js';
import type {
  AttentionByOrganisation,
  AttentionItem,
  ComplianceAttention,
  ComplianceAttentionInput,
  ComplianceCell,
  ComplianceColumn,
  ComplianceCoverage,
  ComplianceMatrix,
  ComplianceMatrixInput,
  ComplianceNotice,
  Estate,
  EstateCell,
  EstateInput,
} from './compliance-views.types.js';
import type { CoverageLevel } from './compliance.enums.js';

const codes = (values: readonly string[] | null | undefined): string[] | null => {
  const cleaned = (values ?? []).map((v) => v.trim().toUpperCase()).filter(Boolean);
  return cleaned.length ? cleaned : null;
};

/** Interoperability is what the product matrix is for, unless other standards are asked for. */
const PRODUCT_MATRIX_CATEGORIES: StandardCategory[] = [
  'INTEROPERABILITY_API',
  'INTEROPERABILITY_MESSAGING',
  'TERMINOLOGY',
  'IDENTITY',
];

/** The statuses that carry a remediation plan. */
const PLANNED = `('PARTIAL', 'NON_COMPLIANT', 'PLANNED')`;

/**
 * Where a subject stands against a standard, from its current declaration `d` (no row when none):
 * the same words in every view. With `publicOnly`, only verified declarations say what they
 * declare and others are UNVERIFIED, so everyone sees the same public figures.
 */
const cellState = (publicOnly: boolean, today: string): Sql => sql`case
    when d.id is null then 'NOT_DECLARED'
    ${raw(publicOnly ? `when d.verification is distinct from 'VERIFIED' then 'UNVERIFIED'` : '')}
    when d.verification = 'REJECTED' then 'REJECTED'
    when d.expires_on < ${today}::date then 'LAPSED'
    else d.status end`;

/** A cell as JSON (`s` the standard, `st.state` its state): details only where the state may show them. */
const CELL_JSON = `json_build_object(
    'standardCode', s.code,
    'state', st.state,
    'level', case when st.state in ('NOT_DECLARED', 'UNVERIFIED') then null else d.level end,
    'remediationDueOn', case when st.state in ('NOT_DECLARED', 'UNVERIFIED') then null else d.remediation_due_on end,
    'expiresOn', case when st.state in ('NOT_DECLARED', 'UNVERIFIED') then null else d.expires_on end,
    'verified', coalesce(d.verification = 'VERIFIED', false),
    'declarationId', case when st.state in ('NOT_DECLARED', 'UNVERIFIED') then null else d.id end`;

type StandardRow = { id: string; code: string; name: string; category: StandardCategory };

/**
 * The compliance views, each one statement over current declarations with today (in England) as a
 * parameter: a trust's estate inherited through its contracts, the trusts × standards and products
 * × standards matrices, coverage by region and ICB, what needs attention, and notices.
 */
export class ComplianceViewsService {
  constructor(private readonly ctx: Context) {}

  private get em() {
    return this.ctx.em;
  }

  /** The standards that are columns: in force, applying to the subjects, narrowed as asked. */
  private columns(
    appliesTo: 'ORGANISATION' | 'PRODUCT',
    standardCodes: string[] | null,
    categories: readonly StandardCategory[] | null,
  ): Promise<StandardRow[]> {
    const where = [sql`applies_to in (${appliesTo}, 'BOTH') and status = 'EFFECTIVE'`];
    if (standardCodes) where.push(sql`code = any(${textArray(standardCodes)}::text[])`);
    if (categories) where.push(sql`category = any(${textArray(categories)}::text[])`);
    return rows<StandardRow>(
      this.em,
      sql`select id, code, name, category from standard where ${joinSql(where, ' and ')} order by category, code`,
    );
  }

  private includeUnverified(asked: boolean | null | undefined): boolean {
    if (!asked) return false;
    if (!policy.can(this.ctx.viewer, [Role.CENTRAL_COMMERCIAL])) {
      throw new DomainError(
        ErrorCode.FORBIDDEN,
        'Only central users see declarations before they are verified.',
      );
    }
    return true;
  }

  /** The open trusts the filters choose, as a condition on `o` (organisation). */
  private trusts(input: ComplianceMatrixInput, today: string): Sql {
    const where = [sql`o.kind = 'TRUST' and (o.closed_on is null or o.closed_on > ${today}::date)`];
    const regions = codes(input.regionCodes);
    const icbs = codes(input.icbCodes);
    if (regions) where.push(sql`o.region_code = any(${textArray(regions)}::text[])`);
    if (icbs) where.push(sql`o.icb_code = any(${textArray(icbs)}::text[])`);
    if (input.trustTypes?.length) where.push(sql`o.trust_type = any(${textArray(input.trustTypes)}::text[])`);
    return joinSql(where, ' and ');
  }

  async matrix(input: ComplianceMatrixInput): Promise<ComplianceMatrix> {
    const includesUnverified = this.includeUnverified(input.includeUnverified);
    const today = todayInEngland();
    const products = input.subjects === 'PRODUCTS';
    const standardCodes = codes(input.standardCodes);
    const categories = input.standardCategories?.length
      ? input.standardCategories
      : products && !standardCodes
        ? PRODUCT_MATRIX_CATEGORIES
        : null;
    const standards = await this.columns(products ? 'PRODUCT' : 'ORGANISATION', standardCodes, categories);
    const columns: ComplianceColumn[] = standards.map(({ code, name, category }) => ({
      code,
      name,
      category,
    }));
    if (!standards.length) return { includesUnverified, standards: columns, rows: [] };
    const subjects = products
      ? sql`select distinct on (p.id) v.id, p.name, null::text as ods_code, null::text as region_name,
            null::text as icb_name, p.id as product_id, v.version, su.name as supplier_name, p.category
          from product p join product_version v on v.product_id = p.id join supplier su on su.id = p.supplier_id
          where ${input.productCategories?.length ? sql`p.category = any(${textArray(input.productCategories)}::text[])` : raw('true')}
          order by p.id, v.released_on desc nulls last, v.created_at desc, v.id`
      : sql`select o.id, o.name, o.ods_code, r.name as region_name, i.name as icb_name, null::uuid as product_id,
            null::text as version, null::text as supplier_name, null::text as category
          from organisation o left join region r on r.code = o.region_code left join icb i on i.code = o.icb_code
          where ${this.trusts(input, today)}`;
    const subjectColumn = raw(products ? 'product_version_id' : 'organisation_id');
    const found = await rows<{
      id: string;
      name: string;
      ods_code: string | null;
      region_name: string | null;
      icb_name: string | null;
      product_id: string | null;
      version: string | null;
      supplier_name: string | null;
      category: ProductCategory | null;
      cells: ComplianceCell[];
    }>(
      this.em,
      sql`with x as (${subjects}),
        s as (select id, code, category from standard where id = any(${`{${standards.map((s) => s.id).join(',')}}`}::uuid[])),
        d as (select * from compliance_declaration where superseded_at is null and ${subjectColumn} is not null)
        select x.id, x.name, x.ods_code, x.region_name, x.icb_name, x.product_id, x.version, x.supplier_name, x.category,
          json_agg(${raw(CELL_JSON)}) order by s.category, s.code) as cells
        from x cross join s
        left join d on d.${subjectColumn} = x.id and d.standard_id = s.id
        cross join lateral (select ${cellState(!includesUnverified, today)} as state) st
        group by x.id, x.name, x.ods_code, x.region_name, x.icb_name, x.product_id, x.version, x.supplier_name, x.category
        order by x.name, x.version nulls first, x.id`,
    );
    return {
      includesUnverified,
      standards: columns,
      rows: found.map((r) => ({
        id: r.id,
        name: r.name,
        odsCode: r.ods_code,
        regionName: r.region_name,
        icbName: r.icb_name,
        productId: r.product_id,
        version: r.version,
        supplierName: r.supplier_name,
        category: r.category,
        cells: r.cells,
      })),
    };
  }

  /**
   * How the trusts chosen stand against each organisation standard: nationally, by region and by
   * ICB (from each trust's own region and ICB). Percent compliant is of the trusts the standard
   * applies to: compliant ÷ (trusts − not applicable).
   */
  async coverage(input: ComplianceMatrixInput): Promise<ComplianceCoverage[]> {
    const includesUnverified = this.includeUnverified(input.includeUnverified);
    const today = todayInEngland();
    const standards = await this.columns(
      'ORGANISATION',
      codes(input.standardCodes),
      input.standardCategories ?? null,
    );
    if (!standards.length) return [];
    const found = await rows<{
      level: CoverageLevel;
      code: string | null;
      name: string;
      standard_code: string;
      trusts: number;
      declared: number;
      compliant: number;
      partial: number;
      planned: number;
      non_compliant: number;
      not_applicable: number;
      lapsed: number;
      overdue: number;
      percent: string | null;
    }>(
      this.em,
      sql`with t as (select o.id, o.region_code, o.icb_code from organisation o where ${this.trusts(input, today)}),
        s as (select id, code, category from standard where id = any(${`{${standards.map((s) => s.id).join(',')}}`}::uuid[])),
        d as (select * from compliance_declaration where superseded_at is null and organisation_id is not null),
        c as (
          select t.region_code, t.icb_code, s.code, s.category, st.state,
            st.state in ${raw(PLANNED)} and d.remediation_due_on < ${today}::date as overdue
          from t cross join s
          left join d on d.organisation_id = t.id and d.standard_id = s.id
          cross join lateral (select ${cellState(!includesUnverified, today)} as state) st),
        g as (
          select case when grouping(c.region_code) = 0 then 'REGION' when grouping(c.icb_code) = 0 then 'ICB'
                      else 'NATIONAL' end as level,
            coalesce(c.region_code, c.icb_code) as code, c.code as standard_code, min(c.category) as category,
            count(*)::int as trusts,
            count(*) filter (where c.state not in ('NOT_DECLARED', 'UNVERIFIED'))::int as declared,
            count(*) filter (where c.state = 'COMPLIANT')::int as compliant,
            count(*) filter (where c.state = 'PARTIAL')::int as partial,
            count(*) filter (where c.state = 'PLANNED')::int as planned,
            count(*) filter (where c.state = 'NON_COMPLIANT')::int as non_compliant,
            count(*) filter (where c.state = 'NOT_APPLICABLE')::int as not_applicable,
            count(*) filter (where c.state = 'LAPSED')::int as lapsed,
            count(*) filter (where c.overdue)::int as overdue
          from c
          group by grouping sets ((c.code), (c.region_code, c.code), (c.icb_code, c.code)))
        select g.level, g.code, coalesce(r.name, i.name, 'England') as name, g.standard_code, g.trusts, g.declared,
          g.compliant, g.partial, g.planned, g.non_compliant, g.not_applicable, g.lapsed, g.overdue,
          round(100.0 * g.compliant / nullif(g.trusts - g.not_applicable, 0), 1)::text as percent
        from g
        left join region r on g.level = 'REGION' and r.code = g.code
        left join icb i on g.level = 'ICB' and i.code = g.code
        where g.level = 'NATIONAL' or g.code is not null
        order by case g.level when 'NATIONAL' then 0 when 'REGION' then 1 else 2 end, name, g.category, g.standard_code`,
    );
    return found.map((r) => ({
      level: r.level,
      code: r.code,
      name: r.name,
      standardCode: r.standard_code,
      trusts: r.trusts,
      declared: r.declared,
      compliant: r.compliant,
      partial: r.partial,
      planned: r.planned,
      nonCompliant: r.non_compliant,
      notApplicable: r.not_applicable,
      lapsed: r.lapsed,
      overdue: r.overdue,
      percentCompliant: r.percent === null ? null : Number(r.percent),
    }));
  }

  /**
   * The trust whose private compliance views are asked for, if the viewer may read them: its own
   * users, or central users. Null for an unknown trust (central users only: others are refused).
   */
  private async trustReadBy(odsCode: string): Promise<{ id: string; name: string } | null> {
    const acting = policy.actingAs(this.ctx.viewer, [
      Role.CENTRAL_COMMERCIAL,
      Role.TRUST_PROCUREMENT,
      Role.TRUST_COMPLIANCE,
    ]);
    const [trust] = await rows<{ id: string; name: string }>(
      this.em,
      sql`select id, name from organisation where ods_code = ${odsCode}`,
    );
    if (
      acting.membership.role !== Role.CENTRAL_COMMERCIAL &&
      acting.membership.organisation?.id !== trust?.id
    ) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'You can see only your own trust’s systems and plans.');
    }
    return trust ?? null;
  }

  /**
   * A trust's systems (the product versions on its contracts in force today) against product
   * standards, as their suppliers declared: which are not conformant, and by when they will be.
   */
  async estate(input: EstateInput): Promise<Estate | null> {
    const odsCode = input.odsCode.trim().toUpperCase();
    const trust = await this.trustReadBy(odsCode);
    if (!trust) return null;
    const today = todayInEngland();
    const declared = new Set(
      (
        await rows<{ standard_id: string }>(
          this.em,
          sql`select distinct d.standard_id from compliance_declaration d
              join contract_line l on l.product_version_id = d.product_version_id
              join contract c on c.id = l.contract_id
              where d.superseded_at is null and c.buyer_id = ${trust.id} and c.status <> 'DRAFT'
                and c.start_date <= ${today}::date and c.end_date >= ${today}::date`,
        )
      ).map((r) => r.standard_id),
    );
    const asked = codes(input.standardCodes);
    // Unless standards are named, the columns are those declared for at least one of the trust's
    // systems: a column nobody declares says only "not declared" (WCAG for a hardware lease).
    const standards = (await this.columns('PRODUCT', asked, null)).filter(
      (s) => asked !== null || declared.has(s.id),
    );
    const columns: ComplianceColumn[] = standards.map(({ code, name, category }) => ({
      code,
      name,
      category,
    }));
    if (!standards.length) return { odsCode, name: trust.name, standards: columns, systems: [] };
    const gapsOnly = Boolean(input.gapsOnly);
    const found = await rows<{
      product_version_id: string;
      product_id: string;
      product_name: string;
      version: string;
      supplier_name: string;
      refs: string[];
      cells: EstateCell[];
    }>(
      this.em,
      sql`with sys as (
          select l.product_version_id as id, array_agg(distinct c.reference order by c.reference) as refs
          from contract c join contract_line l on l.contract_id = c.id
          where c.buyer_id = ${trust.id} and l.product_version_id is not null and c.status <> 'DRAFT'
            and c.start_date <= ${today}::date and c.end_date >= ${today}::date
          group by l.product_version_id),
        s as (select id, code, category from standard where id = any(${`{${standards.map((s) => s.id).join(',')}}`}::uuid[])),
        d as (select * from compliance_declaration where superseded_at is null and product_version_id is not null),
        cells as (
          select sys.id, s.code, s.category, st.state,
            ${raw(CELL_JSON)},
              'verification', d.verification,
              'locallyAccepted', exists (select 1 from compliance_local_acceptance a
                                         where a.declaration_id = d.id and a.organisation_id = ${trust.id})) as cell
          from sys cross join s
          left join d on d.product_version_id = sys.id and d.standard_id = s.id
          cross join lateral (select ${cellState(false, today)} as state) st)
        select v.id as product_version_id, p.id as product_id, p.name as product_name, v.version,
          su.name as supplier_name, sys.refs,
          json_agg(cells.cell order by cells.category, cells.code)
            filter (where not ${gapsOnly} or cells.state not in ('COMPLIANT', 'NOT_APPLICABLE')) as cells
        from sys join cells on cells.id = sys.id
        join product_version v on v.id = sys.id join product p on p.id = v.product_id join supplier su on su.id = p.supplier_id
        group by v.id, p.id, p.name, v.version, su.name, sys.refs
        having not ${gapsOnly} or count(*) filter (where cells.state not in ('COMPLIANT', 'NOT_APPLICABLE')) > 0
        order by p.name, v.version`,
    );
    return {
      odsCode,
      name: trust.name,
      standards: columns,
      systems: found.map((r) => ({
        productVersionId: r.product_version_id,
        productId: r.product_id,
        productName: r.product_name,
        version: r.version,
        supplierName: r.supplier_name,
        contractReferences: r.refs,
        cells: r.cells,
      })),
    };
  }

  /** Overdue plans and lapsing declarations of the trusts in scope. */
  async attention(input: ComplianceAttentionInput): Promise<ComplianceAttention> {
    const code = input.code?.trim().toUpperCase() || null;
    if (input.scope === 'ORGANISATION') {
      if (!code) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Give the trust’s ODS code as `code`.');
      await this.trustReadBy(code);
    } else {
      policy.actingAs(this.ctx.viewer, [Role.CENTRAL_COMMERCIAL]);
      if (input.scope !== 'NATIONAL' && !code)
        throw new DomainError(
          ErrorCode.BAD_USER_INPUT,
          `Give the ${input.scope === 'REGION' ? 'region' : 'ICB'}’s code as \`code\`.`,
        );
    }
    const withinDays = Math.max(1, Math.min(365, input.withinDays ?? 90));
    const today = todayInEngland();
    const scope =
      input.scope === 'NATIONAL'
        ? raw('true')
        : input.scope === 'REGION'
          ? sql`o.region_code = ${code}`
          : input.scope === 'ICB'
            ? sql`o.icb_code = ${code}`
            : sql`o.ods_code = ${code}`;
    type ItemRow = {
      declaration_id: string;
      ods_code: string;
      organisation_name: string;
      standard_code: string;
      standard_name: string;
      status: AttentionItem['status'];
      date: string;
      days: number;
    };
    const [answer] = await rows<{
      overdue: ItemRow[];
      lapsing: ItemRow[];
      by_org: { ods_code: string; name: string; overdue: number; lapsing: number; lapsed: number }[];
    }>(
      this.em,
      sql`with d as (
          select d.id, o.ods_code, o.name as organisation_name, s.code as standard_code, s.name as standard_name,
            case when d.expires_on < ${today}::date then 'LAPSED' else d.status end as status,
            d.status in ${raw(PLANNED)} and d.remediation_due_on < ${today}::date as is_overdue,
            d.expires_on between ${today}::date and ${addDays(today, withinDays)}::date as is_lapsing,
            d.expires_on < ${today}::date as is_lapsed,
            d.remediation_due_on, d.expires_on
          from compliance_declaration d
          join organisation o on o.id = d.organisation_id join standard s on s.id = d.standard_id
          where d.superseded_at is null and d.verification is distinct from 'REJECTED' and o.kind = 'TRUST' and ${scope})
        select
          (select coalesce(json_agg(x), '[]') from (
             select id as declaration_id, ods_code, organisation_name, standard_code, standard_name, status,
               remediation_due_on as date, (${today}::date - remediation_due_on) as days
             from d where is_overdue order by remediation_due_on, organisation_name, standard_code limit 500) x) as overdue,
          (select coalesce(json_agg(x), '[]') from (
             select id as declaration_id, ods_code, organisation_name, standard_code, standard_name, status,
               expires_on as date, (expires_on - ${today}::date) as days
             from d where is_lapsing order by expires_on, organisation_name, standard_code limit 500) x) as lapsing,
          (select coalesce(json_agg(x), '[]') from (
             select ods_code, organisation_name as name, count(*) filter (where is_overdue)::int as overdue,
               count(*) filter (where is_lapsing)::int as lapsing, count(*) filter (where is_lapsed)::int as lapsed
             from d group by ods_code, organisation_name
             having count(*) filter (where is_overdue or is_lapsing or is_lapsed) > 0
             order by count(*) filter (where is_overdue or is_lapsing or is_lapsed) desc, organisation_name) x) as by_org`,
    );
    const item = (r: ItemRow): AttentionItem => ({
      declarationId: r.declaration_id,
      odsCode: r.ods_code,
      organisationName: r.organisation_name,
      standardCode: r.standard_code,
      standardName: r.standard_name,
      status: r.status,
      date: r.date,
      days: r.days,
    });
    const byOrganisation: AttentionByOrganisation[] = answer!.by_org.map((r) => ({
      odsCode: r.ods_code,
      name: r.name,
      overdue: r.overdue,
      lapsing: r.lapsing,
      lapsed: r.lapsed,
    }));
    return {
      withinDays,
      overdue: answer!.overdue.map(item),
      lapsing: answer!.lapsing.map(item),
      byOrganisation,
    };
  }

  /**
   * What needs the acting organisation's attention: its trust's declarations (trust users) or its
   * products' (supplier users), lapsing soon, lapsed, overdue or rejected; the most urgent first.
   * Central users and administrators have none (central users read `complianceAttention`).
   */
  async notices(withinDays: number): Promise<ComplianceNotice[]> {
    const acting = policy.signedIn(this.ctx.viewer);
    const membership = acting.membership;
    const today = todayInEngland();
    const days = Math.max(1, Math.min(365, withinDays));
    let subject: Sql;
    if (membership?.role === Role.SUPPLIER && membership.supplier) {
      subject = sql`d.product_version_id in (select v.id from product_version v join product p on p.id = v.product_id
                                             where p.supplier_id = ${membership.supplier.id})`;
    } else if (
      (membership?.role === Role.TRUST_COMPLIANCE || membership?.role === Role.TRUST_PROCUREMENT) &&
      membership.organisation
    ) {
      subject = sql`d.organisation_id = ${membership.organisation.id}`;
    } else return [];
    const found = await rows<{
      kind: ComplianceNotice['kind'];
      declaration_id: string;
      subject_name: string;
      standard_code: string;
      standard_name: string;
      date: string;
      comment: string | null;
    }>(
      this.em,
      sql`with d as (
          select d.*, coalesce(o.name, p.name || ' ' || v.version) as subject_name, s.code as standard_code,
            s.name as standard_name
          from compliance_declaration d join standard s on s.id = d.standard_id
          left join organisation o on o.id = d.organisation_id
          left join product_version v on v.id = d.product_version_id left join product p on p.id = v.product_id
          where d.superseded_at is null and ${subject}),
        n as (
          select 'REJECTED' as kind, 0 as rank, id, subject_name, standard_code, standard_name,
            (verified_at at time zone 'Europe/London')::date as date, verification_comment as comment
            from d where verification = 'REJECTED'
          union all
          select 'LAPSED', 1, id, subject_name, standard_code, standard_name, expires_on, null
            from d where expires_on < ${today}::date and verification is distinct from 'REJECTED'
          union all
          select 'REMEDIATION_OVERDUE', 2, id, subject_name, standard_code, standard_name, remediation_due_on, null
            from d where status in ${raw(PLANNED)} and remediation_due_on < ${today}::date
              and verification is distinct from 'REJECTED'
          union all
          select 'LAPSING_SOON', 3, id, subject_name, standard_code, standard_name, expires_on, null
            from d where expires_on between ${today}::date and ${addDays(today, days)}::date
              and verification is distinct from 'REJECTED')
        select kind, id as declaration_id, subject_name, standard_code, standard_name, date::text as date, comment
        from n order by rank, date, subject_name, standard_code limit 100`,
    );
    return found.map((r) => ({
      kind: r.kind,
      declarationId: r.declaration_id,
      subjectName: r.subject_name,
      standardCode: r.standard_code,
      standardName: r.standard_name,
      date: r.date,
      comment: r.comment,
    }));
  }
}
