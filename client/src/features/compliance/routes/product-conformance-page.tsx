import '../compliance.css';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../../gql';
import type { ProductConformancePageQuery } from '../../../gql/graphql';
import { formatCount } from '../../../shared/format/count';
import { formatDate } from '../../../shared/format/date';
import { describeError, retry } from '../../../shared/graphql/describe-error';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { cellStateOf, verificationLabel } from '../../../shared/labels/compliance';
import { declarationPath, newDeclarationPath, productPath } from '../../../shared/paths';
import { BackLink } from '../../../shared/ui/back-link';
import { RecordPending } from '../../../shared/ui/load-problem';
import { Cell, ResponsiveTable, Row, RowHeader } from '../../../shared/ui/table';
import { Tag } from '../../../shared/ui/tag';
import { viewerCan } from '../../identity/components/access';
import { useViewer } from '../../identity/viewer';
import { StandardName, UndeclaredTable } from '../components/compliance-table';
import { SignInLink, VerifiedOnlyNotice } from '../components/declaration-access';
import { StatusTag } from '../components/declaration-tags';
import { stateCounts } from '../state-counts';
import { WHOLE_LIST } from '../list-size';

const PRODUCT_CONFORMANCE_QUERY = graphql(`
  query ProductConformancePage($id: String!, $productId: ID!, $first: Int!) {
    product(id: $id) {
      id
      name
      supplier {
        id
        name
      }
      versions {
        id
        version
        releasedOn
      }
    }
    declarations(first: $first, filter: { productIds: [$productId] }) {
      totalCount
      edges {
        node {
          id
          status
          level
          verification
          overdue
          remediationDueOn
          expiresOn
          productVersion {
            id
          }
          standard {
            id
            code
            name
          }
        }
      }
    }
    standards(first: $first, filter: { appliesTo: [PRODUCT], statuses: [EFFECTIVE] }) {
      edges {
        node {
          id
          code
          name
        }
      }
    }
  }
`);

type Declaration = ProductConformancePageQuery['declarations']['edges'][number]['node'];
type Version = NonNullable<ProductConformancePageQuery['product']>['versions'][number];
type Standard = { id: string; code: string; name: string };

/**
 * `/products/:id/conformance`: each version's current declarations of conformance, as a table of
 * standards by version, and the standards declared for no version. Visitors see verified declarations
 * only; the product's supplier declares and supersedes from here.
 */
export function ProductConformancePage() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(PRODUCT_CONFORMANCE_QUERY, {
    variables: { id, productId: id, first: WHOLE_LIST },
  });
  const product = data?.product;
  const problem = error ? describeError(error) : null;
  const notFound = !product && !loading && !problem;
  usePageTitle(product ? `Conformance: ${product.name}` : notFound ? 'Product not found' : 'Conformance', {
    error: problem !== null,
  });
  const back = <BackLink to={productPath(id)}>Back to the product</BackLink>;

  if (problem || (loading && !product) || (!data && !notFound)) {
    return (
      <RecordPending
        back={back}
        problem={problem}
        what="The product’s conformance"
        onRetry={() => retry(refetch)}
      >
        Loading conformance…
      </RecordPending>
    );
  }
  if (!product || !data) {
    return (
      <>
        <BackLink to="/products">Back to products</BackLink>
        <h1>Product not found</h1>
        <p>There is no product at this address. It may have been removed, or the address may be wrong.</p>
        <p>
          <Link to="/products">Find the product in the list of products</Link>.
        </p>
      </>
    );
  }

  const membership = viewer?.activeMembership;
  const supplier =
    viewerCan(viewer, 'viewerCanDeclareCompliance') &&
    membership?.role === 'SUPPLIER' &&
    membership.supplier?.id === product.supplier.id;
  // Signed-in users see every product declaration; visitors only verified ones.
  const seesAll = viewer !== null && viewer !== undefined;
  const versions = [...product.versions].reverse();
  const declarations = data.declarations.edges.map((edge) => edge.node);
  const byCell = new Map(
    declarations.map((declaration) => [
      `${declaration.standard.code}:${declaration.productVersion?.id ?? ''}`,
      declaration,
    ]),
  );
  const standards = new Map<string, Standard>();
  for (const standard of data.standards.edges.map((edge) => edge.node))
    standards.set(standard.code, standard);
  for (const declaration of declarations) standards.set(declaration.standard.code, declaration.standard);
  const byName = (a: Standard, b: Standard) => a.name.localeCompare(b.name, 'en-GB');
  const declaredCodes = new Set(declarations.map((declaration) => declaration.standard.code));
  const declared = [...standards.values()]
    .filter((standard) => declaredCodes.has(standard.code))
    .sort(byName);
  const undeclared = [...standards.values()]
    .filter((standard) => !declaredCodes.has(standard.code))
    .sort(byName);

  return (
    <>
      {back}
      <span className="nhsuk-caption-l">{product.supplier.name}</span>
      <h1>{product.name}: conformance with standards</h1>
      <p className="nhsuk-lede-text">
        What {product.supplier.name} declares about each version of {product.name}: which standards it
        conforms to, with the evidence, and a plan where it does not yet. Every trust that buys it can rely on
        the same declaration.
      </p>
      {!seesAll && (
        <VerifiedOnlyNotice>
          <SignInLink /> to see the others and the links to their evidence.
        </VerifiedOnlyNotice>
      )}
      {supplier && versions.length > 0 && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>Declare conformance for a version:</p>
          <ul className="nhsuk-list concord-inline-list">
            {versions.map((version) => (
              <li key={version.id}>
                <Link to={newDeclarationPath({ kind: 'product', subject: version.id })}>
                  Declare for version {version.version}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}

      <section className="concord-section" aria-labelledby="declared-heading">
        <h2 id="declared-heading">Declarations by version</h2>
        {versions.length === 0 ? (
          <p>{product.name} has no versions recorded yet, so nothing can be declared for it.</p>
        ) : declared.length === 0 ? (
          <>
            <h3 className="nhsuk-heading-s">No declarations yet</h3>
            <p>
              {seesAll
                ? `${product.supplier.name} has not declared conformance with any standard for ${product.name} yet.`
                : `${product.name} has no verified declarations yet.`}
            </p>
          </>
        ) : (
          <>
            <p>
              {formatCount(declarations.length, 'current declaration')} across{' '}
              {formatCount(versions.length, 'version')}: {stateCounts(declarations.map(cellStateOf))}.
            </p>
            <ResponsiveTable
              caption={`Conformance of ${product.name}, by standard and version (newest version first)`}
              columns={['Standard', ...versions.map((version) => `Version ${version.version}`)]}
              className="concord-conformance-table"
            >
              {declared.map((standard) => (
                <Row key={standard.code}>
                  <RowHeader column="Standard">
                    <StandardName standard={standard} />
                  </RowHeader>
                  {versions.map((version) => (
                    <Cell column={`Version ${version.version}`} key={version.id}>
                      <ConformanceCell
                        declaration={byCell.get(`${standard.code}:${version.id}`)}
                        standard={standard}
                        version={version}
                        supplier={supplier}
                        seesAll={seesAll}
                      />
                    </Cell>
                  ))}
                </Row>
              ))}
            </ResponsiveTable>
            {data.declarations.totalCount > declarations.length && (
              <p className="nhsuk-body-s">
                Showing the first {declarations.length} of {data.declarations.totalCount} declarations.
              </p>
            )}
          </>
        )}
      </section>

      {versions.length > 0 && undeclared.length > 0 && (
        <section className="concord-section" aria-labelledby="undeclared-heading">
          <h2 id="undeclared-heading">
            {seesAll ? 'Not declared for any version' : 'No verified declaration for any version'}
          </h2>
          <details className="nhsuk-details">
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">
                {formatCount(undeclared.length, 'standard')} for products in force
              </span>
            </summary>
            <div className="nhsuk-details__text">
              <UndeclaredTable
                standards={undeclared}
                caption={`Standards with no declaration for ${product.name}`}
                label={seesAll ? 'Not declared' : 'No verified declaration'}
                declare={
                  supplier
                    ? (standard) => (
                        <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                          {versions.map((version) => (
                            <li key={version.id}>
                              <Link
                                to={newDeclarationPath({
                                  kind: 'product',
                                  subject: version.id,
                                  standard: standard.code,
                                })}
                              >
                                Declare for {version.version}
                                <span className="nhsuk-u-visually-hidden"> against {standard.code}</span>
                              </Link>
                            </li>
                          ))}
                        </ul>
                      )
                    : null
                }
              />
            </div>
          </details>
        </section>
      )}
    </>
  );
}

/** One version's declaration against one standard, in words; "Declare" for the supplier where there is none. */
function ConformanceCell({
  declaration,
  standard,
  version,
  supplier,
  seesAll,
}: {
  declaration: Declaration | undefined;
  standard: Standard;
  version: Version;
  supplier: boolean;
  seesAll: boolean;
}) {
  if (!declaration) {
    return (
      <>
        <span className="concord-nowrap">
          <Tag colour="white">{seesAll ? 'Not declared' : 'No verified declaration'}</Tag>
        </span>
        {supplier && (
          <span className="concord-block">
            <Link to={newDeclarationPath({ kind: 'product', subject: version.id, standard: standard.code })}>
              Declare
              <span className="nhsuk-u-visually-hidden">
                {' '}
                {standard.code} for version {version.version}
              </span>
            </Link>
          </span>
        )}
      </>
    );
  }
  return (
    <>
      <StatusTag status={declaration.status} />
      <span className="concord-block nhsuk-body-s nhsuk-u-margin-bottom-0">
        {verificationLabel(declaration.verification)}
        {declaration.remediationDueOn && (
          <>
            . Plan due {formatDate(declaration.remediationDueOn)}
            {declaration.overdue && <strong> (overdue)</strong>}
          </>
        )}
      </span>
      <span className="concord-block">
        <Link to={declarationPath(declaration.id)}>
          See declaration
          <span className="nhsuk-u-visually-hidden">
            {' '}
            of {standard.code} for version {version.version}
          </span>
        </Link>
      </span>
    </>
  );
}
