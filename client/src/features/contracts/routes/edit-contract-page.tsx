import { useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { graphql } from '../../../gql';
import { useReloadRecord } from '../../../shared/forms/use-reload-record';
import { describeError, retry, type RequestProblem } from '../../../shared/graphql/describe-error';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { contractPath } from '../../../shared/paths';
import { BackLink } from '../../../shared/ui/back-link';
import { RecordPending } from '../../../shared/ui/load-problem';
import { NoAccess } from '../../identity/components/access';
import { ContractNotFound, RequireContracts } from '../components/access';
import { ContractForm } from '../components/contract-form';
import { draftFromContract, updateInput } from '../contract-draft';
import { useUpdateContractMutation } from '../mutations/use-update-contract-mutation';

const EDIT_CONTRACT_QUERY = graphql(`
  query EditContractPage($id: String!) {
    contract(id: $id) {
      id
      reference
      status
      rowVersion
      viewerCanEdit
      buyer {
        id
        name
      }
      ...ContractForm_contract
    }
  }
`);

/** `/contracts/:id/edit`: the whole contract in one form, for its trust's procurement team and central teams. */
export function EditContractPage() {
  return (
    <RequireContracts record>
      <EditContract />
    </RequireContracts>
  );
}

function EditContract() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(EDIT_CONTRACT_QUERY, { variables: { id } });
  const [updateContract] = useUpdateContractMutation();
  const [reloading, setReloading] = useState(false);
  const reloadRecord = useReloadRecord(async () => {
    setReloading(true);
    try {
      return await refetch();
    } finally {
      setReloading(false);
    }
  }, 'contract');
  const contract = data?.contract;
  const problem = error ? describeError(error) : null;
  const back = <BackLink to={contractPath(id)}>Back to the contract</BackLink>;

  if (problem || (loading && !contract)) {
    return <Pending back={back} problem={problem} onRetry={() => retry(refetch)} />;
  }
  if (!contract) {
    return (
      <>
        {back}
        <ContractNotFound />
      </>
    );
  }
  if (!contract.viewerCanEdit) {
    return (
      <>
        {back}
        <NoAccess title="You cannot edit this contract" ask="its trust’s procurement team">
          <p>
            {contract.status === 'TERMINATED'
              ? `${contract.reference} was ended early, so it can no longer be changed.`
              : `Only ${contract.buyer.name}’s procurement team, or a central commercial team, can edit ${contract.reference}.`}
          </p>
        </NoAccess>
      </>
    );
  }
  return (
    <>
      {back}
      <ContractForm
        // A reload after someone else saved brings their version, and the form starts again from it.
        key={contract.rowVersion}
        mode={{
          kind: 'edit',
          reference: contract.reference,
          status: contract.status,
          trust: contract.buyer.name,
        }}
        initial={draftFromContract(contract)}
        cancelTo={contractPath(contract.id)}
        onSave={(state) => updateContract(updateInput(state, contract))}
        onReload={reloadRecord}
        reloading={reloading}
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
  usePageTitle('Edit contract', { error: problem !== null });
  return (
    <RecordPending back={back} problem={problem} what="The contract" onRetry={onRetry}>
      Loading contract…
    </RecordPending>
  );
}
