import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  AttentionPageDocument,
  AttentionTrustDocument,
  DashboardAreasDocument,
  type AttentionPageQuery,
  type AttentionPageQueryVariables,
  type AttentionTrustQuery,
} from '../../../gql/graphql';
import { chris, procurementAtRoyalFree, user, type Me } from '../../../test/render-frame';
import {
  answersAlways,
  areasAnswer,
  attentionItem,
  renderDashboard,
  setUpDashboardTests,
} from '../dashboard-fixtures';

const asked = setUpDashboardTests<AttentionPageQueryVariables['input']>(() => import('./attention-page'));

const attention = (empty = false): AttentionPageQuery => ({
  complianceAttention: {
    __typename: 'ComplianceAttention',
    withinDays: 90,
    overdue: empty ? [] : [attentionItem()],
    lapsing: empty
      ? []
      : [
          attentionItem({
            declarationId: 'declaration-ce-plus',
            standardCode: 'CE_PLUS',
            standardName: 'Cyber Essentials Plus',
            status: 'COMPLIANT',
            date: '2027-01-16',
            days: 45,
          }),
        ],
    byOrganisation: empty
      ? []
      : [
          {
            __typename: 'AttentionByOrganisation',
            odsCode: 'RAL',
            name: 'Royal Free London NHS Foundation Trust',
            overdue: 1,
            lapsing: 1,
            lapsed: 1,
          },
        ],
  },
});

const royalFreeTrust = (me: Me): AttentionTrustQuery => ({
  me: {
    __typename: 'Me',
    activeMembership: me.activeMembership && {
      __typename: 'Membership',
      id: me.activeMembership.id,
      role: me.activeMembership.role,
      organisation: {
        __typename: 'Organisation',
        id: 'org-ral',
        odsCode: 'RAL',
        name: 'Royal Free London NHS Foundation Trust',
      },
    },
  },
});

function renderAttention(url: string, me: Me | null, empty = false) {
  return renderDashboard({
    url,
    me,
    query: AttentionPageDocument,
    answer: { data: attention(empty) },
    asked,
    others: [
      answersAlways(DashboardAreasDocument, areasAnswer()),
      answersAlways(AttentionTrustDocument, me ? royalFreeTrust(me) : { me: null }),
    ],
  });
}

describe('AttentionPage', () => {
  it('shows a central user every trust in England, with the days late and left, and a choice of area', async () => {
    const { router } = renderAttention('/compliance/attention', chris);
    const overdue = await screen.findByRole('table', { name: 'Overdue plans' });
    expect(asked[0]).toEqual({ scope: 'NATIONAL', withinDays: 90 });
    expect(screen.getByText('England')).toBeTruthy();
    const [row] = within(overdue).getAllByRole('row').slice(1);
    expect(
      within(row!)
        .getByRole('link', { name: 'GS1 identification standards (Scan4Safety)' })
        .getAttribute('href'),
    ).toBe('/declarations/declaration-gs1');
    expect(row!.textContent).toContain('Royal Free London NHS Foundation Trust');
    expect(row!.textContent).toContain('1 Oct 2026');
    expect(row!.textContent).toContain('Days late 62');
    const lapsing = screen.getByRole('table', { name: 'Lapsing in the next 90 days' });
    expect(within(lapsing).getAllByRole('row')[1]!.textContent).toContain('Days left 45');
    expect(
      screen.getByRole('table', { name: 'Trusts with overdue plans or lapsing declarations' }),
    ).toBeTruthy();

    const person = userEvent.setup();
    await screen.findByRole('option', { name: 'London' });
    await person.selectOptions(screen.getByLabelText('Region'), 'Y56');
    await person.click(screen.getByRole('button', { name: 'Show' }));
    expect(router.state.location.search).toBe('?region=Y56');
    expect(await screen.findByText('London', { selector: '.nhsuk-caption-l' })).toBeTruthy();
    expect(asked.at(-1)).toEqual({ scope: 'REGION', code: 'Y56', withinDays: 90 });
  });

  it('shows a trust’s user their own trust’s, whatever the address says', async () => {
    renderAttention('/compliance/attention?region=Y61', user('Priya Procurement', [procurementAtRoyalFree]));
    await screen.findByRole('table', { name: 'Overdue plans' });
    expect(asked).toEqual([{ scope: 'ORGANISATION', code: 'RAL', withinDays: 90 }]);
    expect(screen.queryByLabelText('Region')).toBeNull();
    expect(screen.queryByRole('table', { name: /Trusts with overdue plans/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'your systems’ gaps' }).getAttribute('href')).toBe(
      '/organisations/RAL/estate',
    );
  });

  it('says when nothing is overdue or lapsing', async () => {
    renderAttention('/compliance/attention', chris, true);
    expect(await screen.findByText('No remediation plan is past its due date.')).toBeTruthy();
    expect(screen.getByText('Nothing lapses in the next 90 days.')).toBeTruthy();
    expect(screen.getByText(/No trust has an overdue plan/)).toBeTruthy();
  });

  it('asks a visitor to sign in', async () => {
    renderAttention('/compliance/attention', null);
    expect(await screen.findByRole('heading', { name: 'Sign in to continue' })).toBeTruthy();
    expect(asked).toEqual([]);
  });
});
