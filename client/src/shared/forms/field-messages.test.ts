import { describe, expect, it } from 'vitest';
import { summaryItems, visibleMessage, type MessageState } from './field-messages';

const base: MessageState = {
  problems: {
    title: { message: 'Enter the framework’s title', missing: true },
    'lots.l1.number': { message: 'Lot numbers run from 1 to 999' },
    'lots.l1.awards.a.prices.p.ceilingUnitPrice': { message: 'Enter the ceiling unit price', missing: true },
  },
  server: {},
  touched: new Set(),
  flagged: new Set(),
  revealed: new Set(),
};

describe('visibleMessage', () => {
  it('shows nothing before the person has done anything', () => {
    expect(visibleMessage('title', base)).toBeUndefined();
    expect(visibleMessage('lots.l1.number', base)).toBeUndefined();
  });

  it('shows a wrong value once its field is left, but not a missing one', () => {
    const state = { ...base, touched: new Set(['title', 'lots.l1.number']) };
    expect(visibleMessage('lots.l1.number', state)).toBe('Lot numbers run from 1 to 999');
    expect(visibleMessage('title', state)).toBeUndefined();
  });

  it('shows every problem flagged when the person tried to save, while it lasts', () => {
    const state = { ...base, flagged: new Set(['title']) };
    expect(visibleMessage('title', state)).toBe('Enter the framework’s title');
    expect(visibleMessage('title', { ...state, problems: {} })).toBeUndefined();
  });

  it('shows the problems of a part checked on its own', () => {
    const state = { ...base, revealed: new Set(['lots.l1.awards.a.prices.p']) };
    expect(visibleMessage('lots.l1.awards.a.prices.p.ceilingUnitPrice', state)).toBe(
      'Enter the ceiling unit price',
    );
    expect(visibleMessage('title', state)).toBeUndefined();
  });

  it('prefers the server’s word', () => {
    const state = { ...base, flagged: new Set(['title']), server: { title: 'Enter a title.' } };
    expect(visibleMessage('title', state)).toBe('Enter a title.');
  });
});

describe('summaryItems', () => {
  it('lists messages of no field first, then fields in page order with links and where they sit', () => {
    const state = { ...base, flagged: new Set(['title', 'lots.l1.number']), server: { reference: 'Taken.' } };
    expect(
      summaryItems(state, {
        order: ['reference', 'title', 'lots.l1.number'],
        form: ['Make exactly one change.'],
        idOf: (key) => key.replaceAll('.', '-'),
        contextOf: (key) => (key.startsWith('lots.l1') ? 'Lot 1' : null),
      }),
    ).toEqual([
      { text: 'Make exactly one change.' },
      { text: 'Taken.', href: '#reference' },
      { text: 'Enter the framework’s title', href: '#title' },
      { text: 'Lot 1: Lot numbers run from 1 to 999', href: '#lots-l1-number' },
    ]);
  });

  it('never lists the same text twice', () => {
    const state: MessageState = {
      ...base,
      problems: { a: { message: 'Same' }, b: { message: 'Same' } },
      flagged: new Set(['a', 'b']),
    };
    expect(summaryItems(state, { order: ['a', 'b'], form: [], idOf: (key) => key })).toEqual([
      { text: 'Same', href: '#a' },
    ]);
  });
});
