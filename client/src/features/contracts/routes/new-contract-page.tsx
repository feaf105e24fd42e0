import { contractsPath } from '../../../shared/paths';
import { BackLink } from '../../../shared/ui/back-link';
import { useViewer } from '../../identity/viewer';
import { RequireContracts } from '../components/access';
import { ContractForm } from '../components/contract-form';
import { createInput, emptyContract } from '../contract-draft';
import { useCreateContractMutation } from '../mutations/use-create-contract-mutation';
import { actsCentrally } from '../rights';

/** `/contracts/new`: records a contract for the viewer's trust (central users: for the trust they name). */
export function NewContractPage() {
  return (
    <RequireContracts record>
      <NewContract />
    </RequireContracts>
  );
}

function NewContract() {
  const viewer = useViewer();
  const central = actsCentrally(viewer);
  const [createContract] = useCreateContractMutation();
  return (
    <>
      <BackLink to={contractsPath}>Back to contracts</BackLink>
      <ContractForm
        mode={{
          kind: 'create',
          askBuyer: central,
          trust: central ? null : (viewer?.activeMembership?.organisation?.name ?? null),
        }}
        initial={emptyContract}
        cancelTo={contractsPath}
        onSave={(state, { asDraft }) => createContract(createInput(state, { askBuyer: central, asDraft }))}
      />
    </>
  );
}
