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
          Trusts record what they sign and pay for digital products and services, and see what other trusts
          pay for the same thing. Central commercial teams publish framework deals and standards in one place.
          Everyone works from the same list of NHS organisations.
        </p>
        <Link className="nhsuk-action-link" to="/organisations">
          <Icon name="arrow-right-circle" />
          <span className="nhsuk-action-link__text">Find an NHS organisation</span>
        </Link>
        <h2>What you can do now</h2>
        <ul>
          <li>search NHS trusts, integrated care boards and central commercial bodies by name or ODS code</li>
          <li>filter them by kind, NHS England region, integrated care board and type of trust</li>
          <li>see each organisation’s codes, region, integrated care board, address and dates</li>
        </ul>
        <p>
          <Link to="/about">Read about Concord and where its data comes from</Link>.
        </p>
      </div>
    </div>
  );
}
