import { graphql } from '../../../gql';
import type { ContractHistory_EventsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../shared/format/date';
import { contractActionLabel } from '../../../shared/labels/contracts';
import { Cell, ResponsiveTable, Row, RowHeader } from '../../../shared/ui/table';

export const ContractHistory_events = graphql(`
  fragment ContractHistory_events on AuditEvent {
    id
    action
    occurredAt
    actorUserId
    actor {
      id
      name
    }
  }
`);

/** Who did what to the contract and when, newest first, as the audit trail recorded it. */
export function ContractHistory({ events }: { events: readonly ContractHistory_EventsFragment[] }) {
  if (events.length === 0) return <p>No changes have been recorded.</p>;
  return (
    <ResponsiveTable caption="Changes to the contract, newest first" columns={['When', 'What', 'Who']}>
      {events.map((event) => (
        <Row key={event.id}>
          <RowHeader column="When">
            <span className="concord-nowrap">{formatDateTime(event.occurredAt)}</span>
          </RowHeader>
          <Cell column="What">{contractActionLabel(event.action)}</Cell>
          <Cell column="Who">
            {event.actor?.name ??
              (event.actorUserId ? `A user no longer in Concord (${event.actorUserId})` : 'Concord')}
          </Cell>
        </Row>
      ))}
    </ResponsiveTable>
  );
}
