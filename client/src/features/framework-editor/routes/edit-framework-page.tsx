import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../../gql';
import { frameworkStatusLabels } from '../../../shared/labels/catalogue';
import { amendFrameworkPath } from '../../../shared/paths';
import { NoAccess } from '../../identity/components/access';
import { CannotChange, FrameworkForm } from '../components/access';
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
  const { refetch } = query;
  return (
    <FrameworkForm
      reference={reference}
      query={query}
      what="draft"
      usable={(framework) => framework.viewerCanEdit}
      refusal={(framework) =>
        framework.status === 'DRAFT' ? (
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
        )
      }
    >
      {(framework) => (
        <DraftEditor
          key={framework.id}
          framework={framework}
          standards={(query.data ?? query.previousData)?.standards.edges.map((edge) => edge.node) ?? []}
          reload={async () => (await refetch()).data?.framework ?? null}
        />
      )}
    </FrameworkForm>
  );
}
