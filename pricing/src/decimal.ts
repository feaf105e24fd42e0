import { Decimal as DecimalJs } from 'decimal.js';

/** Money arithmetic is exact: a Decimal with enough precision for any price × quantity here. */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = DecimalJs;

/** A plain decimal of 0 or more as people type it (`12.50`; not `1e3`, `NaN`, `-1` or `£12`), spaces around allowed. */
export const isPlainDecimal = (value: string): boolean => /^\d+(\.\d+)?$/.test(value.trim());
