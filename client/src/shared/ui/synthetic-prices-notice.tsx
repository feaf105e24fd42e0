/**
 * Said plainly on every page that shows demo prices: the demo catalogue's suppliers are fictional
 * and its prices synthetic, so nobody mistakes them for negotiated NHS prices.
 */
export function SyntheticPricesNotice() {
  return (
    <div className="nhsuk-warning-callout" role="note">
      <h2 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          Demo data
        </span>
      </h2>
      <p>
        The suppliers, products and prices on this page are fictional and the prices synthetic. They show how
        Concord works; they are not real NHS framework prices.
      </p>
    </div>
  );
}
