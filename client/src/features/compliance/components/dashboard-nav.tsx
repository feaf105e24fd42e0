import { Link } from 'react-router';
import {
  complianceAttentionPath,
  complianceMatrixPath,
  productMatrixPath,
  verifyQueuePath,
} from '../../../shared/paths';
import { actsCentrally } from '../../contracts/rights';
import { useViewer } from '../../identity/viewer';

const trustRoles: readonly string[] = ['TRUST_PROCUREMENT', 'TRUST_COMPLIANCE'];

/**
 * The compliance pages, one link each, the current one marked: the matrices for everyone, what
 * needs attention for trusts' and central users, the verification queue for central users.
 */
export function DashboardNav({ current }: { current: string }) {
  const viewer = useViewer();
  const central = actsCentrally(viewer);
  const ofTrust = trustRoles.includes(viewer?.activeMembership?.role ?? '');
  const items = [
    { to: complianceMatrixPath, label: 'Trusts against standards' },
    { to: productMatrixPath, label: 'Products against standards' },
    ...(central || ofTrust ? [{ to: complianceAttentionPath, label: 'What needs attention' }] : []),
    ...(central ? [{ to: verifyQueuePath, label: 'Declarations to verify' }] : []),
  ];
  return (
    <nav aria-label="Compliance pages">
      <ul className="concord-dashboard-nav">
        {items.map((item) => (
          <li key={item.to}>
            {item.to === current ? (
              <strong aria-current="page">{item.label}</strong>
            ) : (
              <Link to={item.to}>{item.label}</Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
