import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { DeclarationSubject_DeclarationFragment } from '../../../gql/graphql';
import { organisationCompliancePath, productConformancePath } from '../../../shared/paths';

/** What a declaration is about: a trust, or a version of a supplier's product. */
export const DeclarationSubject_declaration = graphql(`
  fragment DeclarationSubject_declaration on ComplianceDeclaration {
    id
    organisation {
      id
      odsCode
      name
    }
    productVersion {
      id
      version
      product {
        id
        name
        supplier {
          id
          name
        }
      }
    }
  }
`);

/** "Royal Free London NHS Foundation Trust", or "Sentinel Care Record 8.5". */
export function subjectName(declaration: DeclarationSubject_DeclarationFragment): string {
  const { organisation, productVersion } = declaration;
  if (organisation) return organisation.name;
  if (productVersion) return `${productVersion.product.name} ${productVersion.version}`;
  return 'Unknown subject';
}

/** The subject, linked to its compliance page (a trust's) or conformance page (a product's). */
export function SubjectLink({ declaration }: { declaration: DeclarationSubject_DeclarationFragment }) {
  const { organisation, productVersion } = declaration;
  if (organisation) {
    return (
      <>
        <Link to={organisationCompliancePath(organisation.odsCode)}>{organisation.name}</Link>{' '}
        <span className="concord-nowrap">({organisation.odsCode})</span>
      </>
    );
  }
  if (productVersion) {
    return (
      <>
        <Link to={productConformancePath(productVersion.product.id)}>
          {productVersion.product.name} {productVersion.version}
        </Link>
        , by {productVersion.product.supplier.name}
      </>
    );
  }
  return <>Unknown subject</>;
}
