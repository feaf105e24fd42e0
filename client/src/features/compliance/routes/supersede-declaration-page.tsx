import '../compliance.css';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../../gql';
import { describeError, retry } from '../../../shared/graphql/describe-error';
import { useReloadRecord } from '../../../shared/forms/use-reload-record';
import { declarationPath } from '../../../shared/paths';
import { BackLink } from '../../../shared/ui/back-link';
import { NoAccess, PageMessage, RequireRight } from '../../identity/components/access';
import { DeclarationNotFound, DeclarationPending } from '../components/declaration-access';
import { DeclarationForm } from '../components/declaration-form';
import { subjectName } from '../components/declaration-subject';
import { draftFromDeclaration, supersedeInput } from '../declaration-form';
import { useSupersedeDeclarationMutation } from '../mutations/use-supersede-declaration-mutation';

const SUPERSEDE_QUERY = graphql(`
  query SupersedeDeclarationPage($id: String!) {
    declaration(id: $id) {
      id
      rowVersion
      current
      viewerCanSupersede
      status
      declaredStatus
      level
      notApplicableReason
      evidenceStatement
      evidenceLinks
      certificateNumber
      certificateIssuedOn
      expiresOn
      remediationDueOn
      remediationActions
      standard {
        id
        ...DeclarationForm_standard
      }
      ...DeclarationSubject_declaration
    }
  }
`);

/**
 * `/declarations/:id/supersede`: the declaration form filled in from the current declaration. Saving
 * makes a new declaration that replaces it (with the version loaded, so a declaration verified or
 * replaced meanwhile is not overwritten); declarations themselves are never edited.
 */
export function SupersedeDeclarationPage() {
  return (
    <RequireRight
      right="viewerCanDeclareCompliance"
      signIn={<p>You need to sign in to change a declaration.</p>}
      refusal={
        <NoAccess title="You cannot supersede declarations" ask="the trust’s compliance team or the supplier">
          <p>Only those who declare for a trust or a product can replace its declarations.</p>
        </NoAccess>
      }
    >
      <Supersede />
    </RequireRight>
  );
}

function Supersede() {
  const { id = '' } = useParams();
  const back = <BackLink to={declarationPath(id)}>Back to the declaration</BackLink>;
  const { data, loading, error, refetch } = useQuery(SUPERSEDE_QUERY, { variables: { id } });
  const [supersedeDeclaration] = useSupersedeDeclarationMutation();
  const [reloading, setReloading] = useState(false);
  const reloadRecord = useReloadRecord(async () => {
    setReloading(true);
    try {
      return await refetch();
    } finally {
      setReloading(false);
    }
  }, 'declaration');
  const declaration = data?.declaration;
  const problem = error ? describeError(error) : null;
  if (problem !== null || (loading && !declaration)) {
    return (
      <DeclarationPending
        title="Supersede a declaration"
        back={back}
        problem={problem}
        onRetry={() => retry(refetch)}
      />
    );
  }
  if (!declaration) {
    return (
      <>
        {back}
        <DeclarationNotFound />
      </>
    );
  }
  if (!declaration.current) {
    return (
      <>
        {back}
        <PageMessage title="This declaration has already been replaced">
          <p>
            A newer declaration against {declaration.standard.name} replaced it. To change what is declared,
            supersede the current one: it is at the top of this declaration’s history.
          </p>
          <p>
            <Link to={declarationPath(declaration.id)}>See the declaration and its history</Link>
          </p>
        </PageMessage>
      </>
    );
  }
  if (!declaration.viewerCanSupersede) {
    return (
      <>
        {back}
        <NoAccess title="You cannot supersede this declaration" ask="whoever declared it">
          <p>
            {declaration.organisation
              ? `Only ${declaration.organisation.name}’s compliance team can replace its declarations.`
              : `Only ${declaration.productVersion?.product.supplier.name ?? 'the supplier'} can replace its products’ declarations.`}
          </p>
        </NoAccess>
      </>
    );
  }
  return (
    <>
      {back}
      <DeclarationForm
        // A reload after someone else changed it brings their version, and the form starts again from it.
        key={declaration.rowVersion}
        mode={{ kind: 'supersede', standard: declaration.standard }}
        subject={{
          kind: declaration.organisation ? 'organisation' : 'product',
          name: subjectName(declaration),
        }}
        initial={draftFromDeclaration(declaration)}
        cancelTo={declarationPath(declaration.id)}
        onSave={(draft, standard) =>
          supersedeDeclaration(
            supersedeInput(draft, standard, { id: declaration.id, rowVersion: declaration.rowVersion }),
          )
        }
        onReload={reloadRecord}
        reloading={reloading}
      />
    </>
  );
}
