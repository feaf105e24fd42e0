import { Decimal as DecimalJs } from 'decimal.js';

/** Money arithmetic is exact: a Decimal with enough precision for any price × quantity here. */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = DecimalJs;
