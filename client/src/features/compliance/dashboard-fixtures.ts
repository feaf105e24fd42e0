import type { TypedDocumentNode } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import type {
  AttentionPageQuery,
  ComplianceCellState,
  ComplianceMatrixPageQuery,
  DashboardAreasQuery,
  EstatePageQuery,
  EstateStandardsQuery,
} from '../../gql/graphql';
import { FakeSession, renderFrame, type Me } from '../../test/render-frame';
import { complianceDashboardRoutes } from './dashboard-routes';

// Test data for the compliance dashboards, in the shapes their queries ask for, and the setup their
// tests share.

/**
 * What every dashboard test file sets up: its page's code, loaded once (the route loads it on first
 * visit, and no test should wait on the import), no scrolling in jsdom, and a clean document after
 * each test. Returns the list of inputs the page's query is asked with, emptied after each test.
 */
export function setUpDashboardTests<I>(loadPage: () => Promise<unknown>): I[] {
  const asked: I[] = [];
  beforeAll(async () => {
    await loadPage();
    window.scrollTo = () => undefined;
  });
  afterEach(() => {
    cleanup();
    asked.length = 0;
  });
  return asked;
}

/** A query the fake server answers with `data` every time it is asked. */
export function answersAlways<TData>(
  query: TypedDocumentNode<TData, Record<string, never>>,
  data: TData,
): MockLink.MockedResponse<TData> {
  return { request: { query }, result: { data }, maxUsageCount: Number.POSITIVE_INFINITY };
}

/**
 * A compliance dashboard at `url`, for `me` (a visitor when null), with a fake server: the page's
 * `query` gets `answer` every time, and each input it is asked with joins `asked`; `others` answer
 * the other queries the page asks.
 */
export function renderDashboard<TData extends Record<string, unknown>, I>({
  url,
  me,
  query,
  answer,
  asked,
  others = [],
}: {
  url: string;
  me: Me | null;
  query: TypedDocumentNode<TData, { input: I }>;
  answer: MockLink.MockedResponse<TData, { input: I }>['result'];
  asked: I[];
  others?: MockLink.MockedResponse[];
}) {
  return renderFrame({
    url,
    routes: complianceDashboardRoutes,
    mocks: [
      new FakeSession(me).viewerMock(),
      ...others,
      {
        request: {
          query,
          variables: ({ input }: { input: I }) => {
            asked.push(input);
            return true;
          },
        },
        result: answer,
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
    ],
  });
}

type MatrixCell = ComplianceMatrixPageQuery['complianceMatrix']['rows'][number]['cells'][number];

export function matrixCell(
  standardCode: string,
  state: ComplianceCellState,
  more: Partial<MatrixCell> = {},
): MatrixCell {
  const declared = state !== 'NOT_DECLARED' && state !== 'UNVERIFIED';
  return {
    __typename: 'ComplianceCell',
    standardCode,
    state,
    level: null,
    remediationDueOn: null,
    expiresOn: null,
    verified: declared,
    declarationId: declared ? `declaration-${standardCode.toLowerCase()}` : null,
    ...more,
  };
}

const standards = [
  { code: 'DSPT', name: 'Data Security and Protection Toolkit', category: 'SECURITY' },
  { code: 'GS1', name: 'GS1 identification standards (Scan4Safety)', category: 'IDENTITY' },
  { code: 'SNOMED_CT', name: 'SNOMED CT UK Edition', category: 'TERMINOLOGY' },
] as const;

type Coverage = ComplianceMatrixPageQuery['complianceCoverage'][number];

function coverage(
  level: Coverage['level'],
  code: string | null,
  name: string,
  standardCode: string,
  trusts: number,
  compliant: number,
  percentCompliant: number | null,
): Coverage {
  return {
    __typename: 'ComplianceCoverage',
    level,
    code,
    name,
    standardCode,
    trusts,
    declared: compliant + 1,
    compliant,
    partial: 0,
    planned: 1,
    nonCompliant: 0,
    notApplicable: 0,
    lapsed: 0,
    overdue: 0,
    percentCompliant,
  };
}

/** Two London trusts against three standards: the Royal Free with every kind of cell. */
export function matrixAnswer(includesUnverified = false): ComplianceMatrixPageQuery {
  return {
    complianceMatrix: {
      __typename: 'ComplianceMatrix',
      includesUnverified,
      standards: standards.map((standard) => ({ __typename: 'ComplianceColumn', ...standard })),
      rows: [
        {
          __typename: 'ComplianceMatrixRow',
          odsCode: 'RAL',
          name: 'Royal Free London NHS Foundation Trust',
          icbName: 'NHS North Central London Integrated Care Board',
          cells: [
            matrixCell('DSPT', 'COMPLIANT', { level: 'STANDARDS_MET', expiresOn: '2027-06-30' }),
            matrixCell('GS1', 'PLANNED', { remediationDueOn: '2027-06-01' }),
            matrixCell('SNOMED_CT', 'NOT_DECLARED'),
          ],
        },
        {
          __typename: 'ComplianceMatrixRow',
          odsCode: 'RJ1',
          name: 'Guy’s and St Thomas’ NHS Foundation Trust',
          icbName: 'NHS South East London Integrated Care Board',
          cells: [
            matrixCell('DSPT', 'UNVERIFIED'),
            matrixCell('GS1', 'LAPSED', { expiresOn: '2026-11-12' }),
            matrixCell('SNOMED_CT', 'COMPLIANT', includesUnverified ? { verified: false } : {}),
          ],
        },
      ],
    },
    complianceCoverage: [
      coverage('NATIONAL', null, 'England', 'DSPT', 2, 1, 50),
      coverage('REGION', 'Y56', 'London', 'DSPT', 2, 1, 50),
      coverage('REGION', 'Y61', 'East of England', 'DSPT', 3, 3, 100),
      coverage('ICB', 'QMJ', 'NHS North Central London Integrated Care Board', 'DSPT', 1, 1, 100),
      coverage('ICB', 'QKK', 'NHS South East London Integrated Care Board', 'DSPT', 1, 0, 0),
      coverage('NATIONAL', null, 'England', 'GS1', 2, 0, 0),
      coverage('NATIONAL', null, 'England', 'SNOMED_CT', 2, 1, 50),
    ],
  };
}

export function areasAnswer(): DashboardAreasQuery {
  return {
    regions: [
      { __typename: 'Region', code: 'Y56', name: 'London' },
      { __typename: 'Region', code: 'Y61', name: 'East of England' },
    ],
    icbs: [
      {
        __typename: 'Icb',
        code: 'QMJ',
        name: 'NHS North Central London Integrated Care Board',
        region: { __typename: 'Region', code: 'Y56' },
      },
    ],
  };
}

type EstateCell = NonNullable<EstatePageQuery['estate']>['systems'][number]['cells'][number];

function estateCell(
  standardCode: string,
  state: ComplianceCellState,
  more: Partial<EstateCell> = {},
): EstateCell {
  return {
    __typename: 'EstateCell',
    standardCode,
    state,
    level: null,
    remediationDueOn: null,
    expiresOn: null,
    verified: false,
    verification: null,
    locallyAccepted: false,
    declarationId: state === 'NOT_DECLARED' ? null : `declaration-${standardCode.toLowerCase()}`,
    ...more,
  };
}

/** The Royal Free's one system with gaps: FHIR UK Core planned, DICOM not declared. */
export function estateAnswer(): EstatePageQuery {
  return {
    estate: {
      __typename: 'Estate',
      odsCode: 'RAL',
      name: 'Royal Free London NHS Foundation Trust',
      standards: [
        { __typename: 'ComplianceColumn', code: 'FHIR_UK_CORE', name: 'HL7 FHIR UK Core (R4)' },
        {
          __typename: 'ComplianceColumn',
          code: 'DICOM',
          name: 'Digital Imaging and Communications in Medicine',
        },
        { __typename: 'ComplianceColumn', code: 'MESH', name: 'Message Exchange for Social Care and Health' },
      ],
      systems: [
        {
          __typename: 'EstateSystem',
          productVersionId: 'version-sentinel-4',
          productId: 'product-sentinel',
          productName: 'Sentinel Care Record',
          version: '4.2',
          supplierName: 'Brightwater Clinical Informatics UK Ltd',
          contractReferences: ['RAL-2026-001', 'RAL-2026-007'],
          cells: [
            estateCell('FHIR_UK_CORE', 'PLANNED', { remediationDueOn: '2027-03-31', locallyAccepted: true }),
            estateCell('DICOM', 'NOT_DECLARED'),
          ],
        },
      ],
    },
  };
}

export function estateStandardsAnswer(): EstateStandardsQuery {
  return {
    standards: {
      __typename: 'StandardConnection',
      edges: [
        {
          __typename: 'StandardEdge',
          node: {
            __typename: 'Standard',
            id: 'standard-fhir',
            code: 'FHIR_UK_CORE',
            name: 'HL7 FHIR UK Core (R4)',
          },
        },
      ],
    },
  };
}

type AttentionItem = AttentionPageQuery['complianceAttention']['overdue'][number];

export function attentionItem(more: Partial<AttentionItem> = {}): AttentionItem {
  return {
    __typename: 'AttentionItem',
    declarationId: 'declaration-gs1',
    odsCode: 'RAL',
    organisationName: 'Royal Free London NHS Foundation Trust',
    standardCode: 'GS1',
    standardName: 'GS1 identification standards (Scan4Safety)',
    status: 'PLANNED',
    date: '2026-10-01',
    days: 62,
    ...more,
  };
}
