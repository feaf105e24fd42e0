// The operations the benchmark measures: each a GraphQL request as a real user sends it, and the
// same answer computed by hand-written SQL through the `pg` driver, with a way to read the answer's
// key figures from each so the run can check they agree before timing them.
import type pg from 'pg';

export type Viewer = 'trust' | 'central' | 'anonymous';

export type Operation = {
  key: string;
  label: string;
  viewer: Viewer;
  query: string;
  variables: Record<string, unknown>;
  /** The hand-written SQL's answer, in the shape `fromAnswer` gives the API's. */
  handSql: (db: pg.Client) => Promise<unknown>;
  fromAnswer: (data: never) => unknown;
  /** The target the issue sets, as words and as checks on the figures. */
  target: Target;
};

export type Target = {
  words: string;
  p95Ms?: number;
  /** At most this many times the hand-written SQL's p95. */
  ratio?: number;
  statements?: number;
};

/** What the operations are asked about: found in the loaded data, the same for every run. */
export type Subjects = {
  today: string;
  /** The trust user's trust (the Royal Free, the demo procurement lead's). */
  trust: { id: string; odsCode: string };
  /** A typical product (and unit) the trust buys: its benchmark. */
  product: { id: string; name: string; pricingUnit: string; lines: number };
  /** The framework with the most prices: its page. */
  framework: { reference: string; prices: number };
  search: string;
};

export async function findSubjects(db: pg.Client, today: string, trustOdsCode = 'RAL'): Promise<Subjects> {
  const one = async <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) => {
    const { rows } = await db.query<T>(text, values);
    if (!rows[0]) throw new Error(`the dataset has nothing for: ${text}`);
    return rows[0];
  };
  const trust = await one<{ id: string; odsCode: string }>(
    `select id, ods_code as "odsCode" from organisation where ods_code = $1`,
    [trustOdsCode],
  );
  // A typical product: of those the trust has prices for in force, the one at the median of how
  // many prices in force there are to compare with (its lines in force, nationally).
  const product = await one<Subjects['product']>(
    `with in_force as (
       select v.product_id, l.pricing_unit, c.buyer_id from contract_line l
       join contract c on c.id = l.contract_id join product_version v on v.id = l.product_version_id
       where c.status <> 'DRAFT' and not l.suppressed and l.billing_period <> 'ONE_OFF'
         and c.start_date <= $2::date and c.end_date >= $2::date),
     counted as (
       select product_id, pricing_unit, count(*)::int as lines from in_force
       group by product_id, pricing_unit having bool_or(buyer_id = $1)),
     ranked as (select *, row_number() over (order by lines, product_id) as i, count(*) over () as n from counted)
     select p.id, p.name, r.pricing_unit as "pricingUnit", r.lines
     from ranked r join product p on p.id = r.product_id where r.i = (r.n + 1) / 2`,
    [trust.id, today],
  );
  const framework = await one<Subjects['framework']>(
    `select f.reference, count(*)::int as prices from framework f join lot on lot.framework_id = f.id
     join lot_award a on a.lot_id = lot.id join catalogue_price p on p.award_id = a.id
     group by f.reference order by prices desc, f.reference limit 1`,
  );
  return { today, trust, product, framework, search: 'royal' };
}

const REGISTER_QUERY = /* GraphQL */ `
  query Register {
    contracts(first: 50) {
      totalCount
      edges {
        node {
          id
          reference
          title
          status
          startDate
          endDate
          annualCost {
            amount
          }
          supplier {
            name
          }
          lines {
            lineReference
            description
            quantity
            unitPrice {
              amount
            }
            productVersion {
              version
              product {
                name
              }
            }
            ceilingPrice {
              ceilingUnitPrice {
                amount
              }
            }
            aboveCeiling
          }
        }
      }
    }
  }
`;

type RegisterAnswer = {
  contracts: {
    totalCount: number;
    edges: {
      node: {
        reference: string;
        supplier: { name: string };
        lines: {
          lineReference: string;
          unitPrice: { amount: string };
          productVersion: { version: string; product: { name: string } } | null;
          ceilingPrice: { ceilingUnitPrice: { amount: string } } | null;
        }[];
      };
    }[];
  };
};

/**
 * A page of the register as lines of text: the contract's place on the page, its reference and
 * supplier, each line's reference, product, price and ceiling (lines in any order).
 */
const registerRows = (
  total: number,
  contracts: RegisterAnswer['contracts']['edges'][number]['node'][],
): { total: number; rows: string[] } => ({
  total,
  rows: contracts
    .flatMap((c, place) =>
      c.lines.map((l) =>
        [
          String(place).padStart(2, '0'),
          c.reference,
          c.supplier.name,
          l.lineReference,
          l.productVersion ? `${l.productVersion.product.name} ${l.productVersion.version}` : '',
          Number(l.unitPrice.amount).toFixed(4),
          l.ceilingPrice ? Number(l.ceilingPrice.ceilingUnitPrice.amount).toFixed(4) : '',
        ].join('|'),
      ),
    )
    .sort(),
});

const MATRIX_QUERY = /* GraphQL */ `
  query Matrix {
    complianceMatrix(input: { includeUnverified: true }) {
      standards {
        code
      }
      rows {
        id
        name
        odsCode
        cells {
          standardCode
          state
          level
          remediationDueOn
          expiresOn
          verified
          declarationId
        }
      }
    }
  }
`;

const COVERAGE_QUERY = /* GraphQL */ `
  query Coverage {
    complianceCoverage {
      level
      code
      name
      standardCode
      trusts
      declared
      compliant
      percentCompliant
    }
  }
`;

const SEARCH_QUERY = /* GraphQL */ `
  query Search($search: String!) {
    organisations(first: 25, filter: { search: $search }) {
      totalCount
      edges {
        node {
          odsCode
          name
          kind
        }
      }
    }
  }
`;

const FRAMEWORK_QUERY = /* GraphQL */ `
  query FrameworkPage($reference: String!) {
    framework(reference: $reference) {
      reference
      title
      status
      lots {
        number
        title
        category
        requiredStandards {
          code
        }
        awards {
          supplier {
            name
          }
          prices {
            pricingUnit
            billingPeriod
            role
            grade
            ceilingUnitPrice {
              amount
            }
            validFrom
            validTo
            productVersion {
              version
              product {
                name
              }
            }
          }
        }
      }
    }
  }
`;

/** Where a trust stands against a standard, as every compliance view says it (central: unverified shown). */
const CELL_STATE = `case when d.id is null then 'NOT_DECLARED' when d.verification = 'REJECTED' then 'REJECTED'
  when d.expires_on < $1::date then 'LAPSED' else d.status end`;

const OPEN_TRUSTS = `o.kind = 'TRUST' and (o.closed_on is null or o.closed_on > $1::date)`;
const ORGANISATION_STANDARDS = `s.applies_to in ('ORGANISATION', 'BOTH') and s.status = 'EFFECTIVE'`;

const sorted = (xs: string[]) => [...xs].sort();

/** The operations that are not comparisons (those are in hand-sql-compare.ts). */
export function otherOperations(s: Subjects): Operation[] {
  return [
    {
      key: 'compliance-matrix',
      label: 'compliance matrix, all trusts × all standards (central)',
      viewer: 'central',
      query: MATRIX_QUERY,
      variables: {},
      target: { words: 'p95 ≤ 150 ms', p95Ms: 150 },
      handSql: async (db) => {
        const { rows } = await db.query<{ cell: string }>(
          `select o.ods_code || '|' || s.code || '|' || ${CELL_STATE} as cell
           from organisation o cross join standard s
           left join compliance_declaration d
             on d.organisation_id = o.id and d.standard_id = s.id and d.superseded_at is null
           where ${OPEN_TRUSTS} and ${ORGANISATION_STANDARDS}`,
          [s.today],
        );
        return sorted(rows.map((r) => r.cell));
      },
      fromAnswer: (data: {
        complianceMatrix: { rows: { odsCode: string; cells: { standardCode: string; state: string }[] }[] };
      }) =>
        sorted(
          data.complianceMatrix.rows.flatMap((r) =>
            r.cells.map((c) => `${r.odsCode}|${c.standardCode}|${c.state}`),
          ),
        ),
    },
    {
      key: 'compliance-coverage',
      label: 'compliance coverage by region (public)',
      viewer: 'anonymous',
      query: COVERAGE_QUERY,
      variables: {},
      target: { words: 'none set' },
      handSql: async (db) => {
        // The public see verified declarations only: compliant means verified, in date, COMPLIANT.
        const { rows } = await db.query<{ row: string }>(
          `select o.region_code || '|' || s.code || '|' || count(*) || '|' ||
             count(*) filter (where d.verification = 'VERIFIED' and (d.expires_on is null or d.expires_on >= $1::date)
                                and d.status = 'COMPLIANT') as row
           from organisation o cross join standard s
           left join compliance_declaration d
             on d.organisation_id = o.id and d.standard_id = s.id and d.superseded_at is null
           where ${OPEN_TRUSTS} and ${ORGANISATION_STANDARDS} and o.region_code is not null
           group by o.region_code, s.code`,
          [s.today],
        );
        return sorted(rows.map((r) => r.row));
      },
      fromAnswer: (data: {
        complianceCoverage: {
          level: string;
          code: string;
          standardCode: string;
          trusts: number;
          compliant: number;
        }[];
      }) =>
        sorted(
          data.complianceCoverage
            .filter((c) => c.level === 'REGION')
            .map((c) => `${c.code}|${c.standardCode}|${c.trusts}|${c.compliant}`),
        ),
    },
    {
      key: 'contract-register',
      label: 'contract register page: 50 contracts with lines, supplier, product, ceiling (trust)',
      viewer: 'trust',
      query: REGISTER_QUERY,
      variables: {},
      target: { words: 'p95 ≤ 40 ms, ≤ 6 SQL statements', p95Ms: 40, statements: 6 },
      handSql: async (db) => {
        const { rows } = await db.query<{
          total: number;
          contracts: RegisterAnswer['contracts']['edges'][number]['node'][];
        }>(
          `with page as (
             select c.id, c.reference, c.end_date, c.supplier_id from contract c
             where c.buyer_id = $1 order by c.end_date, c.reference, c.id limit 50)
           select (select count(*)::int from contract where buyer_id = $1) as total,
             coalesce(json_agg(json_build_object(
               'reference', page.reference,
               'supplier', json_build_object('name', su.name),
               'lines', (select coalesce(json_agg(json_build_object(
                   'lineReference', l.line_reference,
                   'unitPrice', json_build_object('amount', l.unit_price),
                   'productVersion', case when v.id is null then null else json_build_object(
                     'version', v.version, 'product', json_build_object('name', p.name)) end,
                   'ceilingPrice', case when cp.id is null then null else json_build_object(
                     'ceilingUnitPrice', json_build_object('amount', cp.ceiling_unit_price)) end)
                   order by l.line_reference), '[]')
                 from contract_line l
                 left join product_version v on v.id = l.product_version_id
                 left join product p on p.id = v.product_id
                 left join catalogue_price cp on cp.id = l.ceiling_price_id
                 where l.contract_id = page.id))
               order by page.end_date, page.reference, page.id), '[]') as contracts
           from page join supplier su on su.id = page.supplier_id`,
          [s.trust.id],
        );
        return registerRows(rows[0]!.total, rows[0]!.contracts);
      },
      fromAnswer: (data: RegisterAnswer) =>
        registerRows(
          data.contracts.totalCount,
          data.contracts.edges.map((e) => e.node),
        ),
    },
    {
      key: 'organisation-search',
      label: `organisation search ("${s.search}")`,
      viewer: 'anonymous',
      query: SEARCH_QUERY,
      variables: { search: s.search },
      target: { words: 'p95 ≤ 15 ms', p95Ms: 15 },
      handSql: async (db) => {
        const { rows } = await db.query<{ ods_code: string; total: number }>(
          `select ods_code, count(*) over ()::int as total from organisation
           where search_key ~ $1 and (closed_on is null or closed_on > $2::date)
           order by name, ods_code limit 25`,
          [`\\m${s.search}`, s.today],
        );
        return { total: rows[0]?.total ?? 0, odsCodes: rows.map((r) => r.ods_code) };
      },
      fromAnswer: (data: {
        organisations: { totalCount: number; edges: { node: { odsCode: string } }[] };
      }) => ({
        total: data.organisations.totalCount,
        odsCodes: data.organisations.edges.map((e) => e.node.odsCode),
      }),
    },
    {
      key: 'framework-page',
      label: `framework page: every lot, award and price (${s.framework.prices} prices)`,
      viewer: 'anonymous',
      query: FRAMEWORK_QUERY,
      variables: { reference: s.framework.reference },
      target: { words: 'none set' },
      handSql: async (db) => {
        const { rows } = await db.query<{ row: string }>(
          `select lot.number || '|' || su.name || '|' || p.name || ' ' || v.version || '|' || cp.pricing_unit
               || '|' || cp.ceiling_unit_price as row
           from framework f join lot on lot.framework_id = f.id join lot_award a on a.lot_id = lot.id
           join supplier su on su.id = a.supplier_id join catalogue_price cp on cp.award_id = a.id
           join product_version v on v.id = cp.product_version_id join product p on p.id = v.product_id
           where f.reference = $1 and (cp.valid_to is null or cp.valid_to >= $2::date)`,
          [s.framework.reference, s.today],
        );
        return sorted(rows.map((r) => r.row));
      },
      fromAnswer: (data: {
        framework: {
          lots: {
            number: number;
            awards: {
              supplier: { name: string };
              prices: {
                pricingUnit: string;
                ceilingUnitPrice: { amount: string };
                productVersion: { version: string; product: { name: string } };
              }[];
            }[];
          }[];
        };
      }) =>
        sorted(
          data.framework.lots.flatMap((lot) =>
            lot.awards.flatMap((a) =>
              a.prices.map(
                (p) =>
                  `${lot.number}|${a.supplier.name}|${p.productVersion.product.name} ${p.productVersion.version}|${p.pricingUnit}|${Number(p.ceilingUnitPrice.amount).toFixed(4)}`,
              ),
            ),
          ),
        ),
    },
  ];
}
