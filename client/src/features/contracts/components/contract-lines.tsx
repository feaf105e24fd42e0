import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { ContractLines_LinesFragment } from '../../../gql/graphql';
import { formatPercent, formatQuantity } from '../../../shared/format/count';
import { formatMoney } from '../../../shared/format/money';
import { roleAndGrade } from '../../../shared/format/prices';
import {
  billingPeriodLabels,
  isPerUnit,
  pricingUnitNouns,
  productCategoryLabels,
  unitLabel,
} from '../../../shared/labels/catalogue';
import { productPath } from '../../../shared/paths';
import { Cell, ResponsiveTable, Row, RowHeader, type Column } from '../../../shared/ui/table';
import { Tag } from '../../../shared/ui/tag';
import { difference } from '../amounts';

export const ContractLines_lines = graphql(`
  fragment ContractLines_lines on ContractLine {
    id
    lineReference
    description
    category
    role
    grade
    pricingUnit
    billingPeriod
    quantity
    discountPercent
    rebate
    bundle
    researchPartnership
    suppressed
    suppressionReason
    aboveCeiling
    unitPrice {
      amount
    }
    productVersion {
      id
      version
      product {
        id
        name
      }
    }
    observation {
      chargeType
      netUnitPrice {
        amount
      }
      annualUnitPrice {
        amount
      }
      oneOffUnitPrice {
        amount
      }
      annualCost {
        amount
      }
      ceilingAnnualUnitPrice {
        amount
      }
      aboveCeiling
    }
  }
`);

type Line = ContractLines_LinesFragment;

/**
 * A contract's lines in two tables: recurring charges, each with a year's price of one unit, and
 * one-off charges apart (an implementation fee is not a licence), each with the one-off price and
 * what it comes to a year over the term. A call-off's lines show the framework ceiling on the same
 * footing, and say when a price is above it.
 */
export function ContractLines({ lines, callOff }: { lines: readonly Line[]; callOff: boolean }) {
  if (lines.length === 0) {
    return <p>This contract has no lines yet. Edit it to add what was bought, how many and at what price.</p>;
  }
  const recurring = lines.filter((line) => line.observation.chargeType === 'RECURRING');
  const oneOff = lines.filter((line) => line.observation.chargeType === 'ONE_OFF');
  return (
    <>
      {recurring.length > 0 && (
        <LinesTable
          caption="Recurring charges"
          hint="Each price as a year’s price of one unit, so monthly and yearly prices compare."
          lines={recurring}
          callOff={callOff}
          oneOff={false}
        />
      )}
      {oneOff.length > 0 && (
        <LinesTable
          caption="One-off charges"
          hint="Charged once. Each is also spread evenly over the contract’s term, to compare a year’s cost."
          lines={oneOff}
          callOff={callOff}
          oneOff
        />
      )}
    </>
  );
}

function LinesTable({
  caption,
  hint,
  lines,
  callOff,
  oneOff,
}: {
  caption: string;
  hint: string;
  lines: readonly Line[];
  callOff: boolean;
  oneOff: boolean;
}) {
  const columns: Column[] = [
    'What was bought',
    'Unit',
    ...(oneOff ? [] : ['Billed']),
    { label: 'Quantity', numeric: true },
    { label: 'Unit price', numeric: true },
    { label: 'Discount', numeric: true },
    { label: oneOff ? 'Net price, once' : 'Net unit price', numeric: true },
    { label: oneOff ? 'Spread over a year' : 'A year per unit', numeric: true },
    ...(callOff ? [{ label: oneOff ? 'Ceiling, spread over a year' : 'Ceiling a year', numeric: true }] : []),
  ];
  return (
    <ResponsiveTable
      caption={
        <>
          {caption}
          <span className="nhsuk-caption-m concord-caption-hint">{hint}</span>
        </>
      }
      captionSize="m"
      columns={columns}
      className="concord-lines nhsuk-u-font-size-16"
    >
      {lines.map((line) => (
        <Row key={line.id}>
          <RowHeader column="What was bought">
            <WhatWasBought line={line} />
          </RowHeader>
          <Cell column="Unit">{unitLabel(line.pricingUnit)}</Cell>
          {!oneOff && <Cell column="Billed">{billingPeriodLabels[line.billingPeriod]}</Cell>}
          <Cell column="Quantity" numeric>
            {isPerUnit(line.pricingUnit) ? formatQuantity(line.quantity) : '1'}
          </Cell>
          <Money column="Unit price" amount={line.unitPrice.amount} />
          <Cell column="Discount" numeric>
            {Number(line.discountPercent) > 0 ? formatPercent(line.discountPercent) : 'None'}
          </Cell>
          <Money
            column={oneOff ? 'Net price, once' : 'Net unit price'}
            amount={(line.observation.oneOffUnitPrice ?? line.observation.netUnitPrice).amount}
          />
          <Money
            column={oneOff ? 'Spread over a year' : 'A year per unit'}
            amount={line.observation.annualUnitPrice.amount}
            strong
          />
          {callOff && (
            <Cell column={oneOff ? 'Ceiling, spread over a year' : 'Ceiling a year'} numeric>
              <Ceiling line={line} />
            </Cell>
          )}
        </Row>
      ))}
    </ResponsiveTable>
  );
}

function Money({ column, amount, strong = false }: { column: string; amount: string; strong?: boolean }) {
  return (
    <Cell column={column} numeric className="concord-nowrap">
      {strong ? <strong>{formatMoney(amount)}</strong> : formatMoney(amount)}
    </Cell>
  );
}

/** The product (or service), its role and grade for a day rate, its category and its context flags. */
function WhatWasBought({ line }: { line: Line }) {
  const product = line.productVersion;
  const name = product ? `${product.product.name} ${product.version}` : line.description;
  const flags: ReactNode[] = [];
  if (line.rebate)
    flags.push(
      <Tag key="rebate" colour="purple">
        Rebate
      </Tag>,
    );
  if (line.bundle)
    flags.push(
      <Tag key="bundle" colour="purple">
        Bundle
      </Tag>,
    );
  if (line.researchPartnership)
    flags.push(
      <Tag key="research" colour="purple">
        Research partnership
      </Tag>,
    );
  if (line.suppressed)
    flags.push(
      <Tag key="suppressed" colour="grey">
        Kept out of comparisons
      </Tag>,
    );
  const dayRate = line.pricingUnit === 'PER_DAY' ? roleAndGrade(line.role, line.grade) : null;
  return (
    <>
      {product ? <Link to={productPath(product.product.id)}>{name}</Link> : name}
      {product && line.description && line.description !== name && (
        <span className="nhsuk-u-display-block nhsuk-u-font-weight-normal">{line.description}</span>
      )}
      {dayRate && <span className="nhsuk-u-display-block nhsuk-u-font-weight-normal">{dayRate}</span>}
      <span className="nhsuk-u-display-block nhsuk-u-font-weight-normal nhsuk-u-secondary-text-colour">
        {productCategoryLabels[line.category]} · line {line.lineReference}
      </span>
      {flags.length > 0 && <span className="concord-line-flags">{flags}</span>}
      {line.suppressed && line.suppressionReason && (
        <span className="nhsuk-u-display-block nhsuk-u-font-weight-normal">
          Why: {line.suppressionReason}
        </span>
      )}
    </>
  );
}

/** The ceiling on the line's footing, and whether (and by how much) the price is above it. */
function Ceiling({ line }: { line: Line }) {
  const ceiling = line.observation.ceilingAnnualUnitPrice;
  if (!ceiling) return <span className="nhsuk-u-secondary-text-colour">No framework price</span>;
  const over = line.observation.aboveCeiling
    ? difference(line.observation.annualUnitPrice.amount, ceiling.amount)
    : null;
  const per = isPerUnit(line.pricingUnit) ? pricingUnitNouns[line.pricingUnit].one : 'charge';
  return (
    <>
      <span className="concord-nowrap">{formatMoney(ceiling.amount)}</span>
      {line.observation.aboveCeiling && (
        <span className="nhsuk-u-display-block concord-ceiling-flag">
          <Tag colour="red">Above ceiling</Tag>
          {over && (
            <span className="nhsuk-u-display-block">
              by {formatMoney(over)} a {per} a year
            </span>
          )}
        </span>
      )}
    </>
  );
}
