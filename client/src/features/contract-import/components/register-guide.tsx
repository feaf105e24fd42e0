import type { ReactNode } from 'react';

function Expander({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="nhsuk-details nhsuk-expander">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">{summary}</span>
      </summary>
      <div className="nhsuk-details__text">{children}</div>
    </details>
  );
}

/**
 * The key rules of the import guide (`docs/contract-import.md`), folded away under their questions:
 * what a row is, how values are written, how names are matched, importing again and the limits.
 * Keep it in step with the guide.
 */
export function RegisterGuide({ buyer }: { buyer: ReactNode }) {
  return (
    <div className="nhsuk-expander-group" id="guide">
      <Expander summary="How to fill in the template">
        <ul>
          <li>
            One row for each line of each contract. A contract with three lines takes three rows, each
            repeating the contract’s reference, title, supplier and dates.
          </li>
          <li>{buyer}</li>
          <li>
            Give the supplier’s name, its Companies House number, or both (both is best). A call-off names its{' '}
            <code>framework_reference</code> and <code>lot_number</code>; any other contract needs a{' '}
            <code>route</code>, such as <code>DIRECT_AWARD</code>.
          </li>
          <li>
            Each line has a <code>line_reference</code>, used once within its contract, and names a{' '}
            <code>product_name</code> or has a <code>description</code>.
          </li>
          <li>
            Columns can be in any order, and optional ones can be deleted. A column the template does not have
            is refused, so that a misspelt name cannot lose your data.
          </li>
        </ul>
      </Expander>
      <Expander summary="How to write dates, money and other values">
        <ul>
          <li>
            Dates: <code>2026-04-01</code> or day, month, year: <code>01/04/2026</code> or{' '}
            <code>1/4/2026</code>, with a four-digit year. Dates are never read month first.
          </li>
          <li>
            Money: <code>1234.56</code>, <code>1,234.56</code> or <code>£1,234.56</code>. Commas only between
            thousands, a full stop before the pence, no negative amounts.
          </li>
          <li>
            Unit prices can have up to 4 decimal places (<code>0.0125</code>); other amounts and quantities up
            to 2. Discounts are percentages from 0 to 100 (<code>12.5</code> or <code>12.5%</code>).
          </li>
          <li>
            Codes such as <code>PER_USER</code> or <code>ANNUAL</code> can be in any capitals, with spaces or
            hyphens for underscores. Yes or no columns take <code>yes</code>, <code>no</code>, <code>y</code>,{' '}
            <code>n</code>, <code>true</code>, <code>false</code>, <code>1</code> or <code>0</code>; blank
            means no.
          </li>
        </ul>
      </Expander>
      <Expander summary="How suppliers and products are matched">
        <ul>
          <li>
            By Companies House number first: if Concord has a supplier with the number in your file, that is
            the supplier, whatever the name says.
          </li>
          <li>
            Otherwise by name, ignoring capitals, accents, punctuation and extra spaces, reading “&amp;” as
            “and”, and ignoring Ltd, Limited, PLC or LLP at the end. Products are matched by name among the
            supplier’s products.
          </li>
          <li>
            Concord never guesses: a name that matches nothing or more than one record, or a supplier whose
            Companies House number differs from your file’s, is listed for you to choose the right one before
            anything is imported.
          </li>
        </ul>
      </Expander>
      <Expander summary="Importing again, and the file’s limits">
        <ul>
          <li>
            A contract is known by its buyer and <code>contract_reference</code>, a line by its{' '}
            <code>line_reference</code>. Importing the same file again changes nothing; an updated file
            updates the same contracts. Keep your references the same from one import to the next.
          </li>
          <li>
            The file is the whole of each contract it names: a line the file no longer has is removed.
            Contracts the file does not mention are left as they are.
          </li>
          <li>
            Save the file as CSV UTF-8 (in Excel, Save As and choose CSV UTF-8 (Comma delimited)). It can be
            at most 20 MB and 200,000 rows; split a larger register into several files.
          </li>
        </ul>
      </Expander>
    </div>
  );
}
