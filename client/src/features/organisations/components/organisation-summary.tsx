import { graphql } from '../../../gql';
import type { OrganisationSummary_OrganisationFragment } from '../../../gql/graphql';
import { formatDate } from '../../../shared/format/date';
import { SummaryList, type SummaryRow } from '../../../shared/ui/summary-list';
import { kindNames, trustTypeLabels } from '../labels';

export const OrganisationSummary_organisation = graphql(`
  fragment OrganisationSummary_organisation on Organisation {
    id
    odsCode
    codeSource
    kind
    trustType
    trustTypeSource
    region {
      code
      name
    }
    icb {
      code
      name
    }
    addressLines
    postcode
    phone
    openedOn
    closedOn
    isOpen
  }
`);

function Hint({ children }: { children: string }) {
  return (
    <p className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-margin-top-1 nhsuk-u-margin-bottom-0">
      {children}
    </p>
  );
}

function Lines({ lines }: { lines: readonly string[] }) {
  return (
    <>
      {lines.map((line, index) => (
        <span key={index}>
          {index > 0 && <br />}
          {line}
        </span>
      ))}
    </>
  );
}

/** What Concord knows about an organisation, as an NHS summary list. */
export function OrganisationSummary({
  organisation,
}: {
  organisation: OrganisationSummary_OrganisationFragment;
}) {
  const rows: SummaryRow[] = [
    organisation.codeSource === 'LOCAL'
      ? {
          key: 'Code',
          value: (
            <>
              {organisation.odsCode}
              <Hint>
                A Concord code: the NHS Organisation Data Service has not confirmed one for this body.
              </Hint>
            </>
          ),
        }
      : { key: 'ODS code', value: organisation.odsCode },
    { key: 'Kind', value: kindNames[organisation.kind] },
  ];

  if (organisation.kind === 'TRUST')
    rows.push({ key: 'Trust type', value: <TrustTypeValue {...organisation} /> });

  const address = [...organisation.addressLines, ...(organisation.postcode ? [organisation.postcode] : [])];
  rows.push(
    { key: 'Region', value: organisation.region?.name ?? 'Not in an NHS England region' },
    { key: 'Integrated care board', value: organisation.icb?.name ?? 'None' },
    { key: 'Address', value: address.length ? <Lines lines={address} /> : 'Not published' },
    {
      key: 'Phone',
      value: organisation.phone ? (
        <a href={`tel:${organisation.phone.replace(/\s+/g, '')}`}>{organisation.phone}</a>
      ) : (
        'Not published'
      ),
    },
    { key: 'Opened on', value: organisation.openedOn ? formatDate(organisation.openedOn) : 'Not known' },
    { key: 'Status', value: status(organisation) },
  );

  return <SummaryList rows={rows} />;
}

function TrustTypeValue({ trustType, trustTypeSource }: OrganisationSummary_OrganisationFragment) {
  if (!trustType || trustType === 'NOT_ESTABLISHED') {
    return (
      <>
        Not established
        <Hint>ODS does not record the type of a trust, and nobody has set it in Concord yet.</Hint>
      </>
    );
  }
  return (
    <>
      {trustTypeLabels[trustType]}
      {trustTypeSource === 'NAME_HINT' && <Hint>Worked out from the trust’s name.</Hint>}
    </>
  );
}

function status({ isOpen, closedOn }: OrganisationSummary_OrganisationFragment): string {
  if (!closedOn) return 'Open';
  return isOpen ? `Open, closing on ${formatDate(closedOn)}` : `Closed on ${formatDate(closedOn)}`;
}
