import { useState } from 'react';
import { useParams } from 'react-router';
import { graphql } from '../../../gql';
import { useReloadRecord } from '../../../shared/forms/use-reload-record';
import { contractPath } from '../../../shared/paths';
import { BackLink } from '../../../shared/ui/back-link';
import { NoAccess } from '../../identity/components/access';
import { RequireContracts } from '../components/access';
import { useContractQuery } from '../hooks/use-contract-query';
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
  const back = <BackLink to={contractPath(id)}>Back to the contract</BackLink>;
  const { contract, page, reload } = useContractQuery(EDIT_CONTRACT_QUERY, id, {
    title: 'Edit contract',
    back,
  });
  const [updateContract] = useUpdateContractMutation();
  const [reloading, setReloading] = useState(false);
  const reloadRecord = useReloadRecord(async () => {
    setReloading(true);
    try {
      return await reload();
    } finally {
      setReloading(false);
    }
  }, 'contract');
  if (!contract) return page;
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
