import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ComplianceMatrixPageDocument,
  DashboardAreasDocument,
  type ComplianceMatrixPageQueryVariables,
} from '../../../gql/graphql';
import { chris, procurementAtRoyalFree, user, type Me } from '../../../test/render-frame';
import {
  answersAlways,
  areasAnswer,
  matrixAnswer,
  renderDashboard,
  setUpDashboardTests,
} from '../dashboard-fixtures';

const asked = setUpDashboardTests<ComplianceMatrixPageQueryVariables['input']>(
  () => import('./compliance-matrix-page'),
);

beforeAll(() => {
  // The coverage charts (Recharts) measure their container.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

function renderMatrix(url: string, me: Me | null = null) {
  return renderDashboard({
    url,
    me,
    query: ComplianceMatrixPageDocument,
    answer: ({ input }) => ({ data: matrixAnswer(input.includeUnverified === true) }),
    asked,
    others: [answersAlways(DashboardAreasDocument, areasAnswer())],
  });
}

const cellsOf = (table: HTMLElement, trust: RegExp) => {
  const row = within(table).getByRole('rowheader', { name: trust }).closest('tr')!;
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
};

describe('ComplianceMatrixPage', () => {
  it('says each trust’s state against each standard in words, linking to the declarations', async () => {
    renderMatrix('/compliance');
    const table = await screen.findByRole('table', {
      name: /^Trusts against standards: 2 trusts against 3 standards/,
    });
    expect(
      screen.getByRole('region', { name: /^Trusts against standards: 2 trusts/ }).getAttribute('tabindex'),
    ).toBe('0');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([
      'Trust',
      'DSPTData Security and Protection Toolkit',
      'GS1GS1 identification standards (Scan4Safety)',
      'SNOMED_CTSNOMED CT UK Edition',
    ]);
    expect(cellsOf(table, /Royal Free/)).toEqual([
      'Compliant, standards met (verified)',
      'Planned by 1 Jun 2027 (verified)',
      'Not declared',
    ]);
    expect(cellsOf(table, /Guy’s and St Thomas’/)).toEqual([
      'Not verified',
      'Lapsed, expired 12 Nov 2026 (verified)',
      'Compliant (verified)',
    ]);
    expect(
      within(table)
        .getByRole('link', { name: 'Royal Free London NHS Foundation Trust' })
        .getAttribute('href'),
    ).toBe('/organisations/RAL/compliance');
    const royalFree = within(table)
      .getByRole('rowheader', { name: /Royal Free/ })
      .closest('tr')!;
    expect(within(royalFree).getByRole('link', { name: 'Planned' }).getAttribute('href')).toBe(
      '/declarations/declaration-gs1',
    );
    // Nothing to link to where nothing was declared.
    expect(
      within(royalFree)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Royal Free London NHS Foundation Trust', 'Compliant', 'Planned']);
    expect(
      screen.getByText(/Public figures count only declarations a central team has verified/),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What the cells say' })).toBeTruthy();
    // Nobody but a central user is offered unverified declarations.
    expect(screen.queryByLabelText('Include declarations not yet verified')).toBeNull();
  });

  it('counts coverage by region and ICB, with a chart whose values are in a table', async () => {
    renderMatrix('/compliance');
    const summary = await screen.findByRole('table', { name: 'Every standard, the trusts chosen together' });
    expect(within(summary).getAllByRole('row')[1]!.textContent).toContain('50%');
    expect(screen.getByTestId('coverage-DSPT').textContent).toBe(
      '50% compliant: 1 of 2 trusts it applies to.',
    );
    expect(
      screen.getByRole('img', {
        name: 'Bar chart, Compliant with DSPT by NHS region: East of England 100%; London 50%.',
      }),
    ).toBeTruthy();
    const regions = screen.getByRole('table', { name: 'DSPT by NHS region' });
    expect(
      within(regions)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.querySelector('th')?.textContent),
    ).toEqual(['Region East of England', 'Region London']);
    expect(screen.getByRole('table', { name: 'DSPT by integrated care board' })).toBeTruthy();
  });

  it('asks for the trusts the address chooses, and keeps new filters in the address', async () => {
    const { router } = renderMatrix(
      '/compliance?region=y56&type=acute',
      user('Priya', [procurementAtRoyalFree]),
    );
    await screen.findByRole('table', { name: /^Trusts against standards/ });
    expect(asked.at(-1)).toEqual({ subjects: 'TRUSTS', regionCodes: ['Y56'], trustTypes: ['ACUTE'] });
    const person = userEvent.setup();
    await person.click(screen.getByLabelText('Community'));
    await person.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(router.state.location.search).toBe('?region=Y56&type=acute&type=community');
    await screen.findByRole('table', { name: /^Trusts against standards/ });
    expect(asked.at(-1)).toEqual({
      subjects: 'TRUSTS',
      regionCodes: ['Y56'],
      trustTypes: ['ACUTE', 'COMMUNITY'],
    });
  });

  it('lets a central user include declarations not yet verified, in the address', async () => {
    const { router } = renderMatrix('/compliance', chris);
    await screen.findByRole('table', { name: /^Trusts against standards/ });
    const person = userEvent.setup();
    await person.click(screen.getByLabelText('Include declarations not yet verified'));
    await person.click(screen.getByRole('button', { name: 'Update the figures' }));
    expect(router.state.location.search).toBe('?unverified=include');
    expect(
      await screen.findByText(/These figures include declarations a central team has not verified yet/),
    ).toBeTruthy();
    expect(asked.at(-1)).toEqual({ subjects: 'TRUSTS', includeUnverified: true });
    const table = screen.getByRole('table', { name: /^Trusts against standards/ });
    expect(cellsOf(table, /Guy’s and St Thomas’/)[2]).toBe('Compliant (not verified)');
  });

  it('shows the public figures to anyone else who has the address with unverified=include', async () => {
    renderMatrix('/compliance?unverified=include', user('Priya', [procurementAtRoyalFree]));
    await screen.findByRole('table', { name: /^Trusts against standards/ });
    expect(asked.every((input) => input.includeUnverified === undefined)).toBe(true);
    expect(screen.getByText(/Only central users can include declarations not yet verified/)).toBeTruthy();
  });

  it('explains an address it cannot read instead of guessing', async () => {
    renderMatrix('/compliance?type=hospice');
    expect(await screen.findByText(/“hospice” is not a type of trust/)).toBeTruthy();
    expect(asked).toEqual([]);
  });
});
