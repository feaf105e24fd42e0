import '../site.css';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { Icon } from '../../../shared/ui/icons';
import { Loading } from '../../../shared/ui/load-problem';
import { viewerCan } from '../../identity/components/access';
import { useViewer } from '../../identity/viewer';
import { actsCentrally } from '../../contracts/rights';
import { ComplianceHome, SupplierHome } from '../components/compliance-home';
import { TrustHome } from '../components/trust-home';

// The dashboard draws charts: its code (and the charting library's) loads only for central users.
const CentralHome = lazy(() => import('../components/central-home'));

/**
 * `/`: for a trust's procurement lead, what the trust could save and what to renew next; for a
 * central commercial user, where the money is across the NHS and how much is bought through
 * frameworks; for a trust's compliance lead and a supplier, what needs their attention about their
 * declarations; for everyone else, what Concord is and the way in.
 */
export function HomePage() {
  usePageTitle(null);
  const viewer = useViewer();
  if (viewer === undefined) return <Loading>Loading…</Loading>;
  if (viewerCan(viewer, 'viewerCanComparePrices')) {
    if (actsCentrally(viewer)) {
      return (
        <Suspense fallback={<Loading>Loading the dashboard…</Loading>}>
          <CentralHome />
        </Suspense>
      );
    }
    const trust = viewer?.activeMembership?.organisation;
    if (trust) return <TrustHome trustName={trust.name} />;
  }
  // Which home shows follows the role acted in; what each part may read is still the server's answer.
  const membership = viewer?.activeMembership;
  if (membership?.role === 'TRUST_COMPLIANCE' && membership.organisation) {
    return <ComplianceHome trustName={membership.organisation.name} />;
  }
  if (membership?.role === 'SUPPLIER' && membership.supplier) {
    return <SupplierHome supplier={membership.supplier} />;
  }
  return <Welcome />;
}

function Welcome() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Concord</h1>
        <p className="nhsuk-lede-text">How the NHS buys digital technology as one organisation.</p>
        <p>
          Central commercial teams publish framework deals and the standards products must meet in one place.
          Trusts record what they sign and pay, and see what other trusts pay for the same thing. Everyone
          works from the same list of NHS organisations.
        </p>
        <Link className="nhsuk-action-link" to="/frameworks">
          <Icon name="arrow-right-circle" />
          <span className="nhsuk-action-link__text">Find a framework deal</span>
        </Link>
        <h2>What you can do</h2>
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
          <li>
            see how every trust and product stands against the standards in the{' '}
            <Link to="/compliance">compliance matrix</Link>, from declarations a central team has verified
          </li>
          <li>download any published framework or contract as open data (OCDS 1.1)</li>
          <li>
            search{' '}
            <Link to="/organisations">NHS trusts, integrated care boards and central commercial bodies</Link>{' '}
            by name or ODS code
          </li>
          <li>trusts’ procurement teams: record contracts and prices, and compare them with other trusts’</li>
          <li>
            trusts’ compliance leads and suppliers: declare the standards they meet once, for everyone to
            reuse
          </li>
          <li>central commercial teams: publish frameworks, and see where the NHS could save</li>
        </ul>
        <p>
          <Link to="/about">Read about Concord and where its data comes from</Link>.
        </p>
      </div>
    </div>
  );
}
