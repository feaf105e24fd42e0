import type { MockLink } from '@apollo/client/testing';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateStandardDocument,
  StandardChoicesDocument,
  StandardPageDocument,
  StandardsPageDocument,
  type CreateStandardMutationVariables,
  type StandardPageQuery,
  type StandardsPageQuery,
  type StandardsPageQueryVariables,
} from '../../../gql/graphql';
import { FakeSession, renderFrame, type Me } from '../../../test/render-frame';
import { chris, pageInfo, userError } from '../../catalogue/test-data';
import { standardsRoutes } from '../routes';

beforeAll(() => {
  // jsdom does not scroll; React Router's scroll restoration asks it to.
  window.scrollTo = () => undefined;
});
afterEach(cleanup);

type Node = StandardsPageQuery['standards']['edges'][number]['node'];
const node = (code: string, name: string, category: Node['category'], extra: Partial<Node> = {}): Node => ({
  __typename: 'Standard',
  id: `standard-${code}`,
  code,
  name,
  version: null,
  publisher: 'NHS England',
  category,
  appliesTo: 'PRODUCT',
  status: 'EFFECTIVE',
  ...extra,
});

const catalogue: StandardsPageQuery = {
  standards: {
    __typename: 'StandardConnection',
    totalCount: 3,
    pageInfo,
    edges: [
      node('DCB0129', 'Clinical Risk Management: Manufacture', 'CLINICAL_SAFETY'),
      node('DCB0160', 'Clinical Risk Management: Deployment', 'CLINICAL_SAFETY', {
        appliesTo: 'ORGANISATION',
      }),
      node('FHIR_UK_CORE', 'HL7 FHIR UK Core', 'INTEROPERABILITY_API', { version: 'R4', status: 'DRAFT' }),
    ].map((standard) => ({ __typename: 'StandardEdge' as const, node: standard })),
  },
};

const dspt: NonNullable<StandardPageQuery['standard']> = {
  __typename: 'Standard',
  id: 'standard-DSPT',
  code: 'DSPT',
  name: 'Data Security and Protection Toolkit',
  version: '2024-25',
  publisher: 'NHS England',
  url: 'https://www.dsptoolkit.nhs.uk/',
  category: 'SECURITY',
  appliesTo: 'ORGANISATION',
  assessment: 'LEVELS',
  levels: ['Approaching standards', 'Standards met', 'Standards exceeded'],
  status: 'EFFECTIVE',
  viewerCanEdit: true,
  effectiveFrom: '2024-07-01',
  effectiveTo: null,
  rowVersion: 2,
  supersedes: {
    __typename: 'Standard',
    id: 'standard-IGT',
    code: 'IGT',
    name: 'Information Governance Toolkit',
  },
  supersededBy: null,
};

function renderAt(url: string, me: Me | null, mocks: MockLink.MockedResponse[] = []) {
  const session = new FakeSession(me);
  const requests: StandardsPageQueryVariables[] = [];
  const frame = renderFrame({
    url,
    routes: standardsRoutes,
    mocks: [
      session.viewerMock(),
      {
        request: {
          query: StandardsPageDocument,
          variables: (variables: StandardsPageQueryVariables) => {
            requests.push(variables);
            return true;
          },
        },
        result: { data: catalogue },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: { query: StandardPageDocument, variables: { code: 'DSPT' } },
        result: { data: { standard: dspt } },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: { query: StandardChoicesDocument },
        result: {
          data: {
            standards: {
              __typename: 'StandardConnection',
              totalCount: 1,
              edges: [
                {
                  __typename: 'StandardEdge',
                  node: {
                    __typename: 'Standard',
                    id: 'standard-IGT',
                    code: 'IGT',
                    name: 'Information Governance Toolkit',
                  },
                },
              ],
            },
          },
        },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      ...mocks,
    ],
  });
  return { ...frame, requests };
}

describe('the standards catalogue', () => {
  it('groups the standards by area under headings, and keeps the filters in the address', async () => {
    const person = userEvent.setup();
    const { router, requests } = renderAt('/standards', null);
    const safety = await screen.findByRole('region', { name: 'Clinical safety' });
    expect(
      within(safety)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['DCB0129', 'DCB0160']);
    const apis = screen.getByRole('region', { name: 'Interoperability through APIs' });
    expect(within(apis).getByText('(version R4)', { exact: false })).toBeTruthy();
    expect(within(apis).getByText('Draft')).toBeTruthy();
    expect(within(apis).getByRole('link', { name: 'FHIR_UK_CORE' }).getAttribute('href')).toBe(
      '/standards/FHIR_UK_CORE',
    );
    expect(screen.getByRole('status').textContent).toBe('3 standards');
    expect(screen.queryByRole('button', { name: 'Add a standard' })).toBeNull();

    await person.click(screen.getByText('Filter standards'));
    await person.click(screen.getByLabelText('Organisations'));
    await person.click(screen.getByLabelText('Retired'));
    await person.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(router.state.location.search).toBe('?applies=organisation&status=retired');
    await waitFor(() =>
      expect(requests.at(-1)).toEqual({
        filter: { appliesTo: ['ORGANISATION'], statuses: ['RETIRED'] },
        first: 100,
      }),
    );
  });

  it('explains an address it cannot read, without asking the server', async () => {
    const { requests } = renderAt('/standards?category=plumbing', null);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('“plumbing” is not an area of standards.');
    expect(requests).toEqual([]);
  });
});

describe('a standard’s page', () => {
  it('shows every field, the publisher’s page opening safely, and the standard it replaces', async () => {
    renderAt('/standards/DSPT', chris);
    await screen.findByRole('heading', { level: 1, name: 'Data Security and Protection Toolkit' });
    const publisher = screen.getByRole('link', {
      name: 'DSPT on the publisher’s website (opens in a new tab)',
    });
    expect(publisher.getAttribute('href')).toBe('https://www.dsptoolkit.nhs.uk/');
    expect(publisher.getAttribute('target')).toBe('_blank');
    expect(publisher.getAttribute('rel')).toContain('noopener');
    expect(screen.getByRole('link', { name: 'IGT' }).getAttribute('href')).toBe('/standards/IGT');
    const levels = screen.getByText('Standards met').closest('ol') as HTMLElement;
    expect(
      within(levels)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Approaching standards', 'Standards met', 'Standards exceeded']);
    expect(screen.getByText('1 Jul 2024')).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Edit standard\s*DSPT$/ }).getAttribute('href')).toBe(
      '/standards/DSPT/edit',
    );
  });
});

describe('adding a standard', () => {
  it('shows the levels box only for levelled assessment, and lands server errors on their fields', async () => {
    const person = userEvent.setup();
    const sent: CreateStandardMutationVariables[] = [];
    renderAt('/standards/new', chris, [
      {
        request: {
          query: CreateStandardDocument,
          variables: (variables: CreateStandardMutationVariables) => {
            sent.push(variables);
            return true;
          },
        },
        result: {
          data: {
            createStandard: {
              __typename: 'CreateStandardPayload',
              standard: null,
              userErrors: [userError(['code'], 'CONFLICT', 'Another standard already has the code DSPT.')],
            },
          },
        },
      },
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Add a standard' });
    expect(screen.queryByRole('textbox', { name: 'Levels' })).toBeNull();
    await person.click(screen.getByLabelText('Named levels'));
    const levels = screen.getByRole('textbox', { name: 'Levels' });

    await person.type(screen.getByLabelText('Code'), 'dspt');
    await person.type(screen.getByLabelText('Full name'), 'Data Security and Protection Toolkit');
    await person.type(screen.getByLabelText('Publisher'), 'NHS England');
    await person.selectOptions(screen.getByLabelText('Area'), 'Information and cyber security');
    await person.click(screen.getByLabelText('Organisations'));
    await person.type(levels, 'Approaching standards');
    await person.click(screen.getByRole('button', { name: 'Add standard' }));
    let summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link').getAttribute('href')).toBe('#levels');
    expect(document.title).toBe('Error: Add a standard – Concord');

    await person.type(levels, '{Enter}Standards met');
    await waitFor(() =>
      expect(screen.getByLabelText('Replaces (optional)').textContent).toContain('IGT: Information'),
    );
    await person.selectOptions(
      screen.getByLabelText('Replaces (optional)'),
      'IGT: Information Governance Toolkit',
    );
    await person.click(screen.getByRole('button', { name: 'Add standard' }));
    await screen.findByText('Another standard already has the code DSPT.', {
      selector: '.nhsuk-error-message',
    });
    summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link').getAttribute('href')).toBe('#code');
    expect(sent[0]?.input).toEqual({
      code: 'DSPT',
      name: 'Data Security and Protection Toolkit',
      version: null,
      publisher: 'NHS England',
      url: null,
      category: 'SECURITY',
      appliesTo: 'ORGANISATION',
      assessment: 'LEVELS',
      levels: ['Approaching standards', 'Standards met'],
      status: 'DRAFT',
      effectiveFrom: null,
      effectiveTo: null,
      supersedesCode: 'IGT',
    });
  });

  it('is for central commercial users only', async () => {
    renderAt('/standards/new', null);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to continue' })).toBeTruthy();
  });
});
