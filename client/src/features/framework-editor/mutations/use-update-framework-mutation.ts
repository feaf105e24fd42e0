import { useMutation } from '@apollo/client/react';
import { useLocation, useNavigate } from 'react-router';
import { graphql } from '../../../gql';
import type { DraftEditor_FrameworkFragment, UpdateFrameworkInput } from '../../../gql/graphql';
import { answerOf, forgetLists, type MutationOutcome } from '../../../shared/graphql/mutation';
import { useNotify } from '../../../shared/notices/notices';
import { editFrameworkPath } from '../../../shared/paths';

// The draft as saved, for the ids of what was added. Also the prices in force (the list other pages
// show, under `prices` without arguments), so a page that cached that list for an award sees what
// the save added or removed.
const UPDATE_FRAMEWORK_MUTATION = graphql(`
  mutation UpdateFramework($input: UpdateFrameworkInput!) {
    updateFramework(input: $input) {
      framework {
        id
        reference
        title
        status
        rowVersion
        updatedAt
        viewerCanEdit
        viewerCanAmend
        ...DraftEditor_framework
        lots {
          id
          awards {
            id
            pricesInForce: prices {
              id
            }
          }
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Router state of the move to the editor's new address after a save: nothing unsaved is left behind. */
export const savedDraftState = { savedDraft: true };
export type SavedDraftState = typeof savedDraftState;

export type SavedDraft = {
  reference: string;
  rowVersion: number;
  updatedAt: string;
  /** The draft as saved, with the ids of new lots, awards and prices. */
  draft: DraftEditor_FrameworkFragment;
};

/**
 * Saves the whole draft; the answer is the draft as saved, which replaces the cached one (so every
 * page showing it agrees) and gives the ids of what was added. Lists of frameworks go, since the
 * title or dates they sort by may have changed. `quiet` leaves the notice out (saving just before
 * publishing); otherwise a changed reference moves the editor to its new address.
 */
export function useUpdateFrameworkMutation() {
  const notify = useNotify();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const [mutate, { loading }] = useMutation(UPDATE_FRAMEWORK_MUTATION);

  async function updateFramework(
    input: UpdateFrameworkInput,
    { quiet = false } = {},
  ): Promise<MutationOutcome<{ framework: SavedDraft }>> {
    const answer = await answerOf(
      mutate({
        variables: { input },
        update: (cache, { data }) => {
          if (data?.updateFramework.framework) forgetLists(cache, 'frameworks');
        },
      }).then(({ data }) => data?.updateFramework),
      (payload) => payload.framework,
    );
    if (answer.kind !== 'saved') return answer;
    const draft = answer.saved;
    const { reference, rowVersion, updatedAt } = draft;
    if (!quiet) {
      // The editor's address follows the reference, which the save may have changed.
      const path = editFrameworkPath(reference);
      notify({ kind: 'success', text: `Draft ${reference} has been saved.`, path });
      if (path !== pathname) await navigate(path, { replace: true, state: savedDraftState });
    }
    return { kind: 'done', framework: { reference, rowVersion, updatedAt, draft } };
  }

  return [updateFramework, { loading }] as const;
}
