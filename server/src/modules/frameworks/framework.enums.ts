import { defineEnum, type EnumValue } from '../../core/graphql-enum.js';

export const FrameworkStatus = defineEnum('FrameworkStatus', 'Where a framework is in its life.', {
  DRAFT: 'Being prepared by its owner; only central users of the owning body see it.',
  PUBLISHED: 'In force: trusts may call off from it. Changes only through recorded amendments.',
  EXPIRED: 'Past its end date (this happens by date, without anyone doing anything).',
  WITHDRAWN: 'Withdrawn by its owner before its end date, with a reason.',
});
export type FrameworkStatus = EnumValue<typeof FrameworkStatus>;

export const AmendmentKind = defineEnum(
  'AmendmentKind',
  'What a recorded amendment to a published framework did.',
  {
    ADD_AWARD: 'Added a supplier to a lot, with the products and prices it offers there.',
    CHANGE_PRICE: 'Replaced a catalogue price from a date; the old price stays in the history.',
    EXTEND: 'Moved the end date later.',
  },
);
export type AmendmentKind = EnumValue<typeof AmendmentKind>;
