import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  EstatePageDocument,
  EstateStandardsDocument,
  type EstatePageQuery,
  type EstatePageQueryVariables,
} from '../../../gql/graphql';
import { complianceAtBirmingham, procurementAtRoyalFree, user, type Me } from '../../../test/render-frame';
import {
  answersAlways,
  estateAnswer,
  estateStandardsAnswer,
  renderDashboard,
  setUpDashboardTests,
} from '../dashboard-fixtures';

const asked = setUpDashboardTests<EstatePageQueryVariables['input']>(() => import('./estate-page'));

const forbidden = {
  errors: [
    new GraphQLError('You can see only your own trust’s systems and plans.', {
      extensions: { code: 'FORBIDDEN' },
    }),
  ],
};

function renderEstate(url: string, me: Me | null, answer: { data: EstatePageQuery } | typeof forbidden) {
  return renderDashboard({
    url,
    me,
    query: EstatePageDocument,
    answer,
    asked,
    others: [answersAlways(EstateStandardsDocument, estateStandardsAnswer())],
  });
}

const royalFreeProcurement = user('Priya Procurement', [procurementAtRoyalFree]);

describe('EstatePage', () => {
  it('tells a user of another trust, in words, that they can see only their own trust’s estate', async () => {
    renderEstate('/organisations/RAL/estate', user('Cara Compliance', [complianceAtBirmingham]), forbidden);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You can see only your own trust’s estate' }),
    ).toBeTruthy();
    expect(screen.getByText(/for that trust’s own users and for central commercial teams/)).toBeTruthy();
    expect(screen.queryByText(/Try again later/)).toBeNull();
  });

  it('asks a visitor to sign in first, without asking the server', async () => {
    renderEstate('/organisations/RAL/estate', null, forbidden);
    expect(await screen.findByRole('heading', { name: 'Sign in to continue' })).toBeTruthy();
    expect(asked).toEqual([]);
  });

  it('shows the trust’s systems with gaps by default: state, by when, and local acceptance in words', async () => {
    renderEstate('/organisations/ral/estate', royalFreeProcurement, { data: estateAnswer() });
    const table = await screen.findByRole('table', {
      name: /Royal Free London NHS Foundation Trust: 1 system with gaps/,
    });
    expect(asked[0]).toEqual({ odsCode: 'RAL', gapsOnly: true });
    // MESH has no gap in any system: its column is left out.
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.querySelector('a')?.textContent ?? header.textContent),
    ).toEqual(['System', 'FHIR_UK_CORE', 'DICOM']);
    const row = within(table)
      .getByRole('rowheader', { name: /Sentinel Care Record/ })
      .closest('tr')!;
    expect(row.querySelector('th')!.textContent).toBe(
      'Sentinel Care RecordVersion 4.2 · Brightwater Clinical Informatics UK LtdContracts RAL-2026-001, RAL-2026-007',
    );
    expect(within(row).getByRole('link', { name: 'Sentinel Care Record' }).getAttribute('href')).toBe(
      '/products/product-sentinel',
    );
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Planned by 31 Mar 2027 (not verified; accepted locally)', 'Not declared']);
  });

  it('keeps the standard and the gaps choice in the address', async () => {
    const { router } = renderEstate('/organisations/RAL/estate', royalFreeProcurement, {
      data: estateAnswer(),
    });
    await screen.findByRole('table', { name: /1 system with gaps/ });
    const person = userEvent.setup();
    await screen.findByRole('option', { name: 'HL7 FHIR UK Core (R4) (FHIR_UK_CORE)' });
    await person.selectOptions(screen.getByLabelText('Standard'), 'FHIR_UK_CORE');
    await person.click(screen.getByLabelText('Show only gaps'));
    await person.click(screen.getByRole('button', { name: 'Show systems' }));
    expect(router.state.location.search).toBe('?show=all&standard=FHIR_UK_CORE');
    await screen.findByRole('heading', { name: 'Every system' });
    expect(asked.at(-1)).toEqual({ odsCode: 'RAL', gapsOnly: false, standardCodes: ['FHIR_UK_CORE'] });
  });
});
