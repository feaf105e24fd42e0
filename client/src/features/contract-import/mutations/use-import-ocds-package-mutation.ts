import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { ImportOcdsPackageInput, ImportOcdsPackageMutation } from '../../../gql/graphql';
import { forgetLists, type UserErrorLike } from '../../../shared/graphql/mutation';

const IMPORT_OCDS_PACKAGE_MUTATION = graphql(`
  mutation ImportOcdsPackage($input: ImportOcdsPackageInput!) {
    importOcdsPackage(input: $input) {
      contracts {
        id
        ...ContractTable_contract
      }
      reviews {
        ...ReviewQuestions_review
      }
      warnings
      userErrors {
        field
        code
        message
      }
    }
  }
`);

type Payload = ImportOcdsPackageMutation['importOcdsPackage'];

/**
 * What became of sending the package: draft contracts made or updated (none, when everything was
 * skipped: the warnings say why); supplier names to choose first (nothing saved); refused, in the
 * server's words (not OCDS, no such trust); or no usable answer.
 */
export type OcdsImportOutcome =
  | { kind: 'imported'; contracts: Payload['contracts']; warnings: readonly string[] }
  | { kind: 'review'; reviews: Payload['reviews'] }
  | { kind: 'refused'; userErrors: readonly UserErrorLike[] }
  | { kind: 'unavailable' };

/**
 * Sends an OCDS package to be saved as draft contracts. Once saved, the register's cached lists go
 * (they are fetched again when next shown), as after a register import.
 */
export function useImportOcdsPackageMutation() {
  const [mutate, { loading }] = useMutation(IMPORT_OCDS_PACKAGE_MUTATION, {
    update(cache, { data }) {
      if (data?.importOcdsPackage.contracts.length) forgetLists(cache, 'contracts');
    },
  });
  async function importPackage(input: ImportOcdsPackageInput): Promise<OcdsImportOutcome> {
    let payload: Payload | undefined;
    try {
      payload = (await mutate({ variables: { input } })).data?.importOcdsPackage;
    } catch {
      return { kind: 'unavailable' };
    }
    if (!payload) return { kind: 'unavailable' };
    if (payload.userErrors.length > 0) return { kind: 'refused', userErrors: payload.userErrors };
    if (payload.reviews.some((review) => review.chosenId === null)) {
      return { kind: 'review', reviews: payload.reviews };
    }
    return { kind: 'imported', contracts: payload.contracts, warnings: payload.warnings };
  }
  return [importPackage, { loading }] as const;
}
