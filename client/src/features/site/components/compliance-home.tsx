import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import {
  complianceAttentionPath,
  complianceMatrixPath,
  newDeclarationPath,
  organisationCompliancePath,
  organisationEstatePath,
  productConformancePath,
  productMatrixPath,
  supplierPath,
} from '../../../shared/paths';
import { Icon } from '../../../shared/ui/icons';
import { ComplianceNotices } from './compliance-notices';

const COMPLIANCE_HOME_QUERY = graphql(`
  query ComplianceHomeTrust {
    me {
      activeMembership {
        id
        organisation {
          id
          odsCode
        }
      }
    }
  }
`);

const SUPPLIER_HOME_QUERY = graphql(`
  query SupplierHomeProducts($id: String!) {
    supplier(id: $id) {
      id
      products {
        id
        name
      }
    }
  }
`);

function ActionLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link className="nhsuk-action-link" to={to}>
      <Icon name="arrow-right-circle" />
      <span className="nhsuk-action-link__text">{children}</span>
    </Link>
  );
}

/**
 * The home page of a trust's compliance lead: what needs their attention about the trust's
 * declarations, and the ways into the trust's compliance, its systems' gaps and what to renew.
 */
export function ComplianceHome({ trustName }: { trustName: string }) {
  const { data } = useQuery(COMPLIANCE_HOME_QUERY);
  const odsCode = data?.me?.activeMembership?.organisation?.odsCode;
  return (
    <>
      <span className="nhsuk-caption-l">{trustName}</span>
      <h1>Your trust’s compliance</h1>
      <p className="nhsuk-lede-text">
        Declare which standards your trust meets once, with its evidence and plans, and answer assurance
        questions from one place.
      </p>
      <div className="concord-home-links">
        {odsCode && (
          <>
            <ActionLink to={organisationCompliancePath(odsCode)}>
              Your trust’s compliance with standards
            </ActionLink>
            <ActionLink to={organisationEstatePath(odsCode)}>Your systems’ gaps against standards</ActionLink>
          </>
        )}
        <ActionLink to={complianceAttentionPath}>Overdue plans and declarations lapsing soon</ActionLink>
      </div>
      {odsCode && (
        <p>
          <Link to={newDeclarationPath({ kind: 'organisation', subject: odsCode })}>Declare compliance</Link>{' '}
          with a standard, or see <Link to={complianceMatrixPath}>how every trust stands</Link>.
        </p>
      )}
      <ComplianceNotices title="What needs your attention" />
    </>
  );
}

/**
 * The home page of a supplier: what needs its attention about its products' declarations, and its
 * products' conformance, which every trust and framework reuses.
 */
export function SupplierHome({ supplier }: { supplier: { id: string; name: string } }) {
  const { data } = useQuery(SUPPLIER_HOME_QUERY, { variables: { id: supplier.id } });
  const products = data?.supplier?.products ?? [];
  return (
    <>
      <span className="nhsuk-caption-l">{supplier.name}</span>
      <h1>Your products’ conformance</h1>
      <p className="nhsuk-lede-text">
        Declare once which standards your products conform to: every trust and every framework reuses it, so
        there are no duplicated questionnaires.
      </p>
      <div className="concord-home-links">
        <ActionLink to={productMatrixPath}>Products against interoperability standards</ActionLink>
        <ActionLink to={supplierPath(supplier.id)}>Your supplier page and products</ActionLink>
      </div>
      <ComplianceNotices title="What needs your attention" />
      <section aria-labelledby="products-heading">
        <h2 id="products-heading">Your products</h2>
        {data && products.length === 0 ? (
          <p>
            Your supplier has no products in Concord yet. Add them on{' '}
            <Link to={supplierPath(supplier.id)}>your supplier page</Link>, then declare their conformance.
          </p>
        ) : (
          <ul className="nhsuk-list">
            {products.map((product) => (
              <li key={product.id}>
                <Link to={productConformancePath(product.id)}>{product.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
