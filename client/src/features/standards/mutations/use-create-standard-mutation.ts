import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { graphql } from '../../../gql';
import type { CreateStandardInput } from '../../../gql/graphql';
import { useNotify } from '../../../shared/notices/notices';
import type { MutationOutcome } from '../../catalogue/mutations/outcome';
import { standardPath } from '../paths';

const CREATE_STANDARD_MUTATION = graphql(`
  mutation CreateStandard($input: CreateStandardInput!) {
    createStandard(input: $input) {
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
 * Adds a standard, then opens its page with a notice. The catalogue cached so far no longer holds
 * every standard, so it goes; the standard it replaces learns its successor from the answer.
 */
export function useCreateStandardMutation() {
  const navigate = useNavigate();
  const notify = useNotify();
  const [mutate, { loading }] = useMutation(CREATE_STANDARD_MUTATION);

  async function createStandard(input: CreateStandardInput): Promise<MutationOutcome> {
    let payload;
    try {
      const { data } = await mutate({
        variables: { input },
        update: (cache, { data }) => {
          if (!data?.createStandard.standard) return;
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'standards' });
          cache.gc();
        },
      });
      payload = data?.createStandard;
    } catch {
      return { kind: 'unavailable' };
    }
    if (!payload) return { kind: 'unavailable' };
    if (!payload.standard) return { kind: 'refused', userErrors: payload.userErrors };
    const path = standardPath(payload.standard.code);
    notify({ kind: 'success', text: `${payload.standard.code} has been added to the catalogue.`, path });
    await navigate(path);
    return { kind: 'done' };
  }

  return [createStandard, { loading }] as const;
}
