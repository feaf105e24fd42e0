import { Link } from 'react-router';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { Icon } from '../../../shared/ui/icons';

/** `/`: what Concord is, and the way in. */
export function HomePage() {
  usePageTitle(null);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Concord</h1>
        <p className="nhsuk-lede-text">How the NHS buys digital technology as one organisation.</p>
        <p>
          Central commercial teams publish framework deals and the standards products must meet in one place.
          Trusts will record what they sign and pay, and see what other trusts pay for the same thing.
          Everyone works from the same list of NHS organisations.
        </p>
        <Link className="nhsuk-action-link" to="/frameworks">
          <Icon name="arrow-right-circle" />
          <span className="nhsuk-action-link__text">Find a framework deal</span>
        </Link>
        <h2>What you can do now</h2>
        <ul>
          <li>
            search the <Link to="/frameworks">framework catalogue</Link>: lots, approved suppliers and their
            ceiling prices, with volume bands shown plainly
          </li>
          <li>price a quantity over a term with the calculator on every price</li>
          <li>
            look up <Link to="/suppliers">suppliers</Link>, their products, and the{' '}
            <Link to="/standards">standards</Link> lots require
          </li>
          <li>download any published framework as open data (OCDS 1.1)</li>
          <li>
            search{' '}
            <Link to="/organisations">NHS trusts, integrated care boards and central commercial bodies</Link>{' '}
            by name or ODS code
          </li>
          <li>central commercial teams: create, publish and amend frameworks</li>
        </ul>
        <p>
          <Link to="/about">Read about Concord and where its data comes from</Link>.
        </p>
      </div>
    </div>
  );
}
