import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { SupplierLots_AwardsFragment } from '../../../gql/graphql';
import { formatDate } from '../../../shared/format/date';
import { frameworkStatusColours, frameworkStatusLabels } from '../../../shared/labels/catalogue';
import { frameworkPath } from '../../../shared/paths';
import { Cell, ResponsiveTable, Row, RowHeader } from '../../../shared/ui/table';
import { Tag } from '../../../shared/ui/tag';

export const SupplierLots_awards = graphql(`
  fragment SupplierLots_awards on LotAward {
    id
    awardedOn
    lot {
      id
      number
      title
      framework {
        id
        reference
        title
        status
      }
    }
  }
`);

/** The lots a supplier is approved on, by framework title and lot number. */
export function SupplierLots({
  supplierName,
  awards,
}: {
  supplierName: string;
  awards: readonly SupplierLots_AwardsFragment[];
}) {
  if (awards.length === 0) return <p>{supplierName} is not approved on any framework lot.</p>;
  const sorted = [...awards].sort(
    (a, b) =>
      a.lot.framework.title.localeCompare(b.lot.framework.title, 'en-GB') || a.lot.number - b.lot.number,
  );
  return (
    <ResponsiveTable
      caption={`Framework lots ${supplierName} is approved on`}
      columns={['Framework', 'Lot', 'Approved on']}
    >
      {sorted.map((award) => {
        const { framework } = award.lot;
        // Only a framework no longer (or not yet) in force is tagged.
        const tagged = framework.status !== 'PUBLISHED';
        return (
          <Row key={award.id}>
            <RowHeader column="Framework">
              <Link to={frameworkPath(framework.reference)}>{framework.title}</Link>
              <span className="nhsuk-u-secondary-text-colour concord-nowrap"> {framework.reference}</span>
              {tagged && (
                <>
                  {' '}
                  <Tag colour={frameworkStatusColours[framework.status]}>
                    {frameworkStatusLabels[framework.status]}
                  </Tag>
                </>
              )}
            </RowHeader>
            <Cell column="Lot">
              Lot {award.lot.number}: {award.lot.title}
            </Cell>
            <Cell column="Approved on">
              <span className="concord-nowrap">
                {award.awardedOn ? formatDate(award.awardedOn) : 'Not recorded'}
              </span>
            </Cell>
          </Row>
        );
      })}
    </ResponsiveTable>
  );
}
