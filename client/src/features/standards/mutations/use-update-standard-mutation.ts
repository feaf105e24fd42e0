import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { graphql } from '../../../gql';
import type { UpdateStandardInput } from '../../../gql/graphql';
import { useNotify } from '../../../shared/notices/notices';
import type { MutationOutcome } from '../../catalogue/mutations/outcome';
import { standardPath } from '../paths';

const UPDATE_STANDARD_MUTATION = graphql(`
  mutation UpdateStandard($input: UpdateStandardInput!) {
    updateStandard(input: $input) {
      standard {
        id
        ...StandardSummary_standard
        supersedes {
          id
          supersededBy {
            id
            code
            name
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

/**
 * Saves a standard, sending the version the person loaded. The answer replaces the cached standard
 * (a lookup by its old code still finds it, which is right: it is the same standard); the catalogue
 * goes, since a new area, status or code moves it; and the standard it used to replace forgets its
 * successor. Then its page, at its code as saved, with a notice.
 */
export function useUpdateStandardMutation() {
  const navigate = useNavigate();
  const notify = useNotify();
  const [mutate, { loading }] = useMutation(UPDATE_STANDARD_MUTATION);

  async function updateStandard(
    input: UpdateStandardInput,
    previouslySupersededId: string | null,
  ): Promise<MutationOutcome> {
    let payload;
    try {
      const { data } = await mutate({
        variables: { input },
        update: (cache, { data }) => {
          const standard = data?.updateStandard.standard;
          if (!standard) return;
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'standards' });
          if (previouslySupersededId && previouslySupersededId !== standard.supersedes?.id) {
            cache.evict({
              id: cache.identify({ __typename: 'Standard', id: previouslySupersededId }),
              fieldName: 'supersededBy',
            });
          }
          cache.gc();
        },
      });
      payload = data?.updateStandard;
    } catch {
      return { kind: 'unavailable' };
    }
    if (!payload) return { kind: 'unavailable' };
    if (!payload.standard) return { kind: 'refused', userErrors: payload.userErrors };
    const path = standardPath(payload.standard.code);
    notify({ kind: 'success', text: `Changes to ${payload.standard.code} have been saved.`, path });
    await navigate(path);
    return { kind: 'done' };
  }

  return [updateStandard, { loading }] as const;
}
