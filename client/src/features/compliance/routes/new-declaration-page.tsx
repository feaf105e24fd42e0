import '../compliance.css';
import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../../gql';
import { describeError, retry, type RequestProblem } from '../../../shared/graphql/describe-error';
import { organisationCompliancePath, productConformancePath } from '../../../shared/paths';
import { BackLink } from '../../../shared/ui/back-link';
import { NoAccess, PageMessage, RequireRight } from '../../identity/components/access';
import { useViewer } from '../../identity/viewer';
import { DeclarationPending } from '../components/declaration-access';
import { DeclarationForm, type StandardChoice } from '../components/declaration-form';
import { declareInput, emptyDeclaration, type DeclarationSubject } from '../declaration-form';
import { useDeclareComplianceMutation } from '../mutations/use-declare-compliance-mutation';
import { WHOLE_LIST } from '../list-size';

const ORGANISATION_FORM_QUERY = graphql(`
  query NewOrganisationDeclarationPage($odsCode: String!, $first: Int!) {
    organisation(odsCode: $odsCode) {
      id
      odsCode
      name
      kind
    }
    standards(first: $first, filter: { appliesTo: [ORGANISATION] }) {
      edges {
        node {
          id
          ...DeclarationForm_standard
        }
      }
    }
    declarations(first: $first, filter: { organisationOdsCodes: [$odsCode] }) {
      totalCount
      edges {
        node {
          id
          standard {
            id
            code
          }
        }
      }
    }
  }
`);

// The viewer's own supplier's products: a supplier declares only for their versions, and the
// version in the address is found among them.
const PRODUCT_FORM_QUERY = graphql(`
  query NewProductDeclarationPage($supplierId: String!, $versionId: ID!, $first: Int!) {
    supplier(id: $supplierId) {
      id
      name
      products {
        id
        name
        versions {
          id
          version
        }
      }
    }
    standards(first: $first, filter: { appliesTo: [PRODUCT] }) {
      edges {
        node {
          id
          ...DeclarationForm_standard
        }
      }
    }
    declarations(first: $first, filter: { productVersionIds: [$versionId] }) {
      totalCount
      edges {
        node {
          id
          standard {
            id
            code
          }
        }
      }
    }
  }
`);

/** What the address asks for: `?kind=organisation&subject=RAL&standard=DSPT`. */
export function readDeclarationAddress(params: URLSearchParams): {
  subject: DeclarationSubject | null;
  standard: string;
} {
  const kind = params.get('kind')?.trim().toLowerCase();
  const subject = params.get('subject')?.trim() ?? '';
  const standard = params.get('standard')?.trim().toUpperCase() ?? '';
  if (!subject) return { subject: null, standard };
  if (kind === 'organisation') return { subject: { kind, odsCode: subject.toUpperCase() }, standard };
  if (kind === 'product') return { subject: { kind, versionId: subject }, standard };
  return { subject: null, standard };
}

/**
 * `/declarations/new?kind=organisation|product&subject=<ODS code or version id>&standard=<code>`:
 * a first declaration against a standard, by a trust's compliance team for the trust, or by a
 * supplier for a version of its product.
 */
export function NewDeclarationPage() {
  return (
    <RequireRight
      right="viewerCanDeclareCompliance"
      signIn={<p>You need to sign in to declare compliance with a standard.</p>}
      refusal={
        <NoAccess title="You cannot declare compliance" ask="your organisation’s Concord administrator">
          <p>
            A trust’s compliance team declares which standards the trust meets, and a supplier declares its
            products’ conformance. Your role does neither.
          </p>
        </NoAccess>
      }
    >
      <NewDeclaration />
    </RequireRight>
  );
}

function NewDeclaration() {
  const [params] = useSearchParams();
  const { subject, standard } = readDeclarationAddress(params);
  if (!subject) {
    return (
      <PageMessage title="Choose what to declare for">
        <p>This address does not say which trust or product version the declaration is for.</p>
        <p>
          Start from your trust’s compliance page, or from your product’s conformance page: each has a
          “Declare” button for the standards not yet declared.
        </p>
        <p>
          <Link to="/organisations">Find your trust</Link> or <Link to="/products">find your product</Link>.
        </p>
      </PageMessage>
    );
  }
  return subject.kind === 'organisation' ? (
    <OrganisationDeclaration odsCode={subject.odsCode} standard={standard} />
  ) : (
    <ProductDeclaration versionId={subject.versionId} standard={standard} />
  );
}

function OrganisationDeclaration({ odsCode, standard }: { odsCode: string; standard: string }) {
  const viewer = useViewer();
  const membership = viewer?.activeMembership;
  const back = <BackLink to={organisationCompliancePath(odsCode)}>Back to the trust’s compliance</BackLink>;
  const { data, loading, error, refetch } = useQuery(ORGANISATION_FORM_QUERY, {
    variables: { odsCode, first: WHOLE_LIST },
  });
  const problem = error ? describeError(error) : null;
  if (problem || (loading && !data)) {
    return <Pending back={back} problem={problem} onRetry={() => retry(refetch)} />;
  }
  const organisation = data?.organisation;
  if (!organisation) {
    return (
      <>
        {back}
        <PageMessage title="Organisation not found">
          <p>
            There is no organisation with the code <strong>{odsCode}</strong>.
          </p>
        </PageMessage>
      </>
    );
  }
  const own = membership?.role === 'TRUST_COMPLIANCE' && membership.organisation?.id === organisation.id;
  if (!own) {
    return (
      <>
        {back}
        <NoAccess title="You cannot declare for this organisation" ask="its compliance team">
          <p>
            {membership?.role === 'TRUST_COMPLIANCE' && membership.organisation
              ? `You declare for ${membership.organisation.name} only. ${organisation.name}’s own compliance team declares for it.`
              : `Only ${organisation.name}’s compliance team declares for it. Suppliers declare for their products’ versions.`}
          </p>
        </NoAccess>
      </>
    );
  }
  return (
    <DeclareForm
      back={back}
      choices={data}
      standard={standard}
      subject={{ kind: 'organisation', odsCode: organisation.odsCode }}
      name={organisation.name}
      cancelTo={organisationCompliancePath(organisation.odsCode)}
    />
  );
}

function ProductDeclaration({ versionId, standard }: { versionId: string; standard: string }) {
  const viewer = useViewer();
  const supplierId =
    viewer?.activeMembership?.role === 'SUPPLIER' ? viewer.activeMembership.supplier?.id : null;
  const { data, loading, error, refetch } = useQuery(PRODUCT_FORM_QUERY, {
    variables: { supplierId: supplierId ?? '', versionId, first: WHOLE_LIST },
    skip: !supplierId,
  });
  const products = data?.supplier?.products ?? [];
  const product = products.find((each) => each.versions.some((version) => version.id === versionId));
  const version = product?.versions.find((each) => each.id === versionId);
  const back = product ? (
    <BackLink to={productConformancePath(product.id)}>Back to {product.name}’s conformance</BackLink>
  ) : (
    <BackLink to="/products">Back to products</BackLink>
  );
  if (!supplierId) {
    return (
      <>
        {back}
        <NoAccess title="You cannot declare for a product" ask="the product’s supplier">
          <p>A product’s supplier declares its conformance with standards, once, for every trust to reuse.</p>
        </NoAccess>
      </>
    );
  }
  const problem = error ? describeError(error) : null;
  if (problem || (loading && !data)) {
    return <Pending back={back} problem={problem} onRetry={() => retry(refetch)} />;
  }
  if (!data || !product || !version) {
    return (
      <>
        {back}
        <NoAccess title="You cannot declare for this product version" ask="its supplier">
          <p>
            You declare only for {data?.supplier?.name ?? 'your company'}’s own products. This address names a
            version that is not one of them, or that no longer exists.
          </p>
        </NoAccess>
      </>
    );
  }
  return (
    <DeclareForm
      back={back}
      choices={data}
      standard={standard}
      subject={{ kind: 'product', versionId: version.id }}
      name={`${product.name} ${version.version}`}
      cancelTo={productConformancePath(product.id)}
    />
  );
}

/**
 * The form for a first declaration for `subject` (named `name`), once its choices have loaded: the
 * standards that apply, the one the address chose if it is among them, and those already declared.
 */
function DeclareForm({
  back,
  choices,
  standard,
  subject,
  name,
  cancelTo,
}: {
  back: ReactNode;
  choices: {
    standards: { edges: readonly { node: StandardChoice }[] };
    declarations: { edges: readonly { node: { id: string; standard: { code: string } } }[] };
  };
  standard: string;
  subject: DeclarationSubject;
  name: string;
  cancelTo: string;
}) {
  const [declareCompliance] = useDeclareComplianceMutation();
  const standards = choices.standards.edges.map((edge) => edge.node);
  const declared = new Map(choices.declarations.edges.map((edge) => [edge.node.standard.code, edge.node.id]));
  const chosen = standards.some((choice) => choice.code === standard) ? standard : '';
  return (
    <>
      {back}
      <DeclarationForm
        mode={{ kind: 'declare', standards, declared }}
        subject={{ kind: subject.kind, name }}
        initial={emptyDeclaration(chosen)}
        cancelTo={cancelTo}
        onSave={(draft, declaredStandard) =>
          declareCompliance(declareInput(draft, declaredStandard, subject))
        }
      />
    </>
  );
}

function Pending({
  back,
  problem,
  onRetry,
}: {
  back: ReactNode;
  problem: RequestProblem | null;
  onRetry: () => void;
}) {
  return (
    <DeclarationPending
      title="Declare compliance"
      what="The declaration form"
      back={back}
      problem={problem}
      onRetry={onRetry}
    >
      Loading…
    </DeclarationPending>
  );
}
