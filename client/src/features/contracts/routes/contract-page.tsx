import type { ReactNode } from 'react';
import { useLocation, useParams } from 'react-router';
import { graphql } from '../../../gql';
import type { ContractPage_ContractFragment } from '../../../gql/graphql';
import { formatCount } from '../../../shared/format/count';
import { formatDate } from '../../../shared/format/date';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { backToList } from '../../../shared/list/address';
import { contractsPath } from '../../../shared/paths';
import { BackLink } from '../../../shared/ui/back-link';
import { RequireContracts } from '../components/access';
import { useContractQuery } from '../hooks/use-contract-query';
import { useContractActions } from '../components/contract-actions';
import { ContractHistory } from '../components/contract-history';
import { ContractLines } from '../components/contract-lines';
import { ContractBenefits, ContractSummary, Paragraphs } from '../components/contract-summary';

/** Everything the contract's page shows; every mutation of a contract answers with it too. */
export const ContractPage_contract = graphql(`
  fragment ContractPage_contract on Contract {
    id
    reference
    title
    status
    rowVersion
    viewerCanEdit
    anyAboveCeiling
    endDate
    notes
    terminationReason
    award {
      id
    }
    buyer {
      id
      name
    }
    ...ContractSummary_contract
    ...ContractBenefits_contract
    ...ContractActions_contract
    lines {
      id
      aboveCeiling
      ...ContractLines_lines
    }
    history {
      id
      ...ContractHistory_events
    }
  }
`);

const CONTRACT_QUERY = graphql(`
  query ContractPage($id: String!) {
    contract(id: $id) {
      id
      ...ContractPage_contract
    }
  }
`);

/** `/contracts/:id`: one contract, its lines with their prices normalised to a year, and its history. */
export function ContractPage() {
  return (
    <RequireContracts>
      <Contract />
    </RequireContracts>
  );
}

function Contract() {
  const { id = '' } = useParams();
  const location = useLocation();
  const back = <BackLink to={backToList(location.state, contractsPath)}>Back to contracts</BackLink>;
  const { contract, page, reload } = useContractQuery(CONTRACT_QUERY, id, { title: 'Contract', back });
  if (!contract) return page;
  return <ContractDetails key={contract.id} contract={contract} back={back} reload={reload} />;
}

function ContractDetails({
  contract,
  back,
  reload,
}: {
  contract: ContractPage_ContractFragment;
  back: ReactNode;
  reload: () => Promise<unknown>;
}) {
  const actions = useContractActions(contract, reload);
  usePageTitle(`${contract.title} (${contract.reference})`, { error: actions.hasProblem });
  const above = contract.lines.filter((line) => line.aboveCeiling).length;
  return (
    <>
      {back}
      {actions.summary}
      <span className="nhsuk-caption-l">
        {contract.reference} <span className="nhsuk-u-visually-hidden">for</span>
        <span aria-hidden="true">·</span> {contract.buyer.name}
      </span>
      <h1>{contract.title}</h1>
      <StatusNote contract={contract} />
      {above > 0 && (
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              Above the framework ceiling
            </span>
          </h2>
          <p>
            {formatCount(above, 'line is', 'lines are')} priced above the framework’s ceiling. A call-off
            should cost no more than the ceiling: check the price with the supplier.
          </p>
        </div>
      )}
      {actions.buttons}

      <ContractSummary contract={contract} />

      <section className="concord-section" aria-labelledby="lines-heading">
        <h2 id="lines-heading">What was bought</h2>
        <ContractLines lines={contract.lines} callOff={contract.award !== null} />
      </section>

      <section className="concord-section" aria-labelledby="benefits-heading">
        <h2 id="benefits-heading">Benefits</h2>
        <ContractBenefits contract={contract} />
      </section>

      {contract.notes && (
        <section className="concord-section" aria-labelledby="notes-heading">
          <h2 id="notes-heading">Notes</h2>
          <Paragraphs text={contract.notes} />
        </section>
      )}

      <section className="concord-section" aria-labelledby="history-heading">
        <h2 id="history-heading">History of changes</h2>
        <ContractHistory events={contract.history} />
      </section>
    </>
  );
}

/** What a status other than "active" means for the person reading. */
function StatusNote({ contract }: { contract: ContractPage_ContractFragment }) {
  const note =
    contract.status === 'DRAFT'
      ? 'This is a draft. Its prices count in no comparison until it is confirmed.'
      : contract.status === 'EXPIRED'
        ? `This contract ended on ${formatDate(contract.endDate)}.`
        : contract.status === 'TERMINATED'
          ? `This contract was ended early: its last day was ${formatDate(contract.endDate)}. It can no longer be changed.`
          : null;
  if (!note) return null;
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>{note}</p>
    </div>
  );
}
