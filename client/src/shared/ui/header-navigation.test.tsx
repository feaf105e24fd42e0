import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HeaderNavigation } from './header-navigation';

const items = ['Frameworks', 'Suppliers', 'Products', 'Standards', 'About'].map((label) => ({
  to: `/${label.toLowerCase()}`,
  label,
}));

// jsdom lays nothing out: a bar 350px wide, items 100px each and a "More" button of 80px.
function layOut(barWidth: number) {
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockImplementation(function (this: HTMLElement) {
    if (this.classList.contains('nhsuk-header__navigation-list')) return barWidth;
    if (this.classList.contains('nhsuk-header__menu')) return 80;
    if (this.classList.contains('nhsuk-header__navigation-item')) return 100;
    return 0;
  });
}

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      {
        path: '*',
        element: (
          <HeaderNavigation
            items={items.map((item) => ({ ...item, current: item.to === path ? 'page' : undefined }))}
          />
        ),
      },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

const bar = () =>
  [...document.querySelectorAll('.nhsuk-header__navigation-list > .nhsuk-header__navigation-item')].map(
    (item) => item.textContent,
  );

describe('HeaderNavigation', () => {
  beforeEach(() => vi.restoreAllMocks());
  afterEach(cleanup);

  it('keeps every item in the bar when they fit, with no "More"', () => {
    layOut(1000);
    renderAt('/');
    expect(bar()).toEqual(['Frameworks', 'Suppliers', 'Products', 'Standards', 'About']);
    expect(screen.queryByRole('button', { name: /^Browse\s*More$/ })).toBeNull();
  });

  it('moves the items that do not fit into a "More" menu, which opens and closes', async () => {
    layOut(350);
    const router = renderAt('/standards');
    // 350px less 80px for "More" holds two items of 100px.
    expect(bar()).toEqual(['Frameworks', 'Suppliers']);
    const more = screen.getByRole('button', { name: /^Browse\s*More$/ });
    expect(more.getAttribute('aria-expanded')).toBe('false');

    const person = userEvent.setup();
    await person.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    const menu = document.querySelector('.nhsuk-header__menu-list') as HTMLElement;
    expect(menu.hidden).toBe(false);
    expect(
      within(menu)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Products', 'Standards', 'About']);
    expect(within(menu).getByRole('link', { name: 'Standards' }).getAttribute('aria-current')).toBe('page');

    await person.keyboard('{Escape}');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(menu.hidden).toBe(true);

    await person.click(more);
    await person.click(within(menu).getByRole('link', { name: 'About' }));
    expect(router.state.location.pathname).toBe('/about');
    expect(screen.getByRole('button', { name: /^Browse\s*More$/ }).getAttribute('aria-expanded')).toBe(
      'false',
    );
  });
});
