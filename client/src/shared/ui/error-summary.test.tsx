import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorSummary } from './error-summary';

describe('ErrorSummary', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lists the same message twice when two fields have it', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorSummary
        errors={[
          { text: 'Enter a price', href: '#price-1' },
          { text: 'Enter a price', href: '#price-2' },
          { text: 'Enter a price' },
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Enter a price',
      'Enter a price',
      'Enter a price',
    ]);
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      '#price-1',
      '#price-2',
    ]);
    // React reports duplicate keys through console.error.
    expect(logged).not.toHaveBeenCalled();
  });
});
