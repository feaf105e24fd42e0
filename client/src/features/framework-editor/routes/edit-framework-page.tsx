import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../../gql';
import { frameworkStatusLabels } from '../../../shared/labels/catalogue';
import { amendFrameworkPath, frameworkPath } from '../../../shared/paths';
import { BackLink } from '../../../shared/ui/back-link';
import {
  CannotChange,
  FrameworkNotFound,
  LoadProblem,
  Loading,
  NoAccess,
  SignInPrompt,
} from '../components/access';
import { DraftEditor } from '../components/draft-editor';

const EDIT_FRAMEWORK_QUERY = graphql(`
  query EditFrameworkPage($reference: String!) {
    framework(reference: $reference) {
      id
      reference
      status
      viewerCanEdit
      viewerCanAmend
      owner {
        id
        name
      }
      ...DraftEditor_framework
    }
    standards(first: 100) {
      edges {
        node {
          id
          ...StandardsPicker_standards
        }
      }
    }
    me {
      user {
        id
      }
    }
  }
`);

/** `/frameworks/:reference/edit`: the whole draft in one page, for central users of its owner. */
export function EditFrameworkPage() {
  const { reference = '' } = useParams();
  const query = useQuery(EDIT_FRAMEWORK_QUERY, { variables: { reference } });
  const { error, refetch } = query;
  // While it is fetched again (after a save, say) the form stays on the page with what it had.
  const previous = query.previousData;
  const data =
    query.data ??
    (previous?.framework?.reference.toUpperCase() === reference.toUpperCase() ? previous : undefined);
  const framework = data?.framework;
  // Once the editor has shown, it stays while it publishes (the framework stops being editable
  // a moment before the page moves on to the published framework).
  const [editorShown, setEditorShown] = useState(false);
  if (framework?.viewerCanEdit && !editorShown) setEditorShown(true);

  const back = (
    <BackLink to={frameworkPath(framework?.reference ?? reference)}>Back to the framework</BackLink>
  );
  if (error && !framework) return <LoadProblem what="draft" refetch={refetch} />;
  if (!data) return <Loading what="the draft" />;
  if (!framework) return data.me ? <FrameworkNotFound reference={reference} /> : <SignInPrompt />;
  if (!framework.viewerCanEdit && !editorShown) {
    return (
      <>
        {back}
        {!data.me ? (
          <SignInPrompt />
        ) : framework.status === 'DRAFT' ? (
          <NoAccess title="You cannot edit this draft">
            <p>
              Only central commercial users at {framework.owner.name} can edit {framework.reference}.
            </p>
          </NoAccess>
        ) : (
          <CannotChange
            title={`${framework.reference} is ${frameworkStatusLabels[framework.status].toLowerCase()}`}
          >
            <p>
              {framework.status === 'PUBLISHED'
                ? 'A published framework is no longer edited as a draft: it changes only through recorded amendments.'
                : 'It can no longer be changed.'}
            </p>
            {framework.viewerCanAmend && (
              <p>
                <Link to={amendFrameworkPath(framework.reference)}>Amend {framework.reference}</Link>
              </p>
            )}
          </CannotChange>
        )}
      </>
    );
  }
  const standards = data.standards.edges.map((edge) => edge.node);
  return (
    <>
      {back}
      <DraftEditor
        key={framework.id}
        framework={framework}
        standards={standards}
        reload={async () => (await refetch()).data?.framework ?? null}
      />
    </>
  );
}
