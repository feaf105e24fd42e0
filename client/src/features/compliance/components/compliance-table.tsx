import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { ComplianceTable_DeclarationsFragment } from '../../../gql/graphql';
import { formatDate } from '../../../shared/format/date';
import { complianceLevelLabel } from '../../../shared/labels/compliance';
import { declarationPath, standardPath, supersedeDeclarationPath } from '../../../shared/paths';
import { Tag } from '../../../shared/ui/tag';
import { Cell, ResponsiveTable, Row, RowHeader } from '../../../shared/ui/table';
import { StatusTag, VerificationTag } from './declaration-tags';

/** What a row of a compliance table shows of a declaration. */
export const ComplianceTable_declarations = graphql(`
  fragment ComplianceTable_declarations on ComplianceDeclaration {
    id
    status
    level
    expiresOn
    remediationDueOn
    overdue
    verification
    viewerCanSupersede
    standard {
      id
      code
      name
    }
  }
`);

type Declaration = ComplianceTable_DeclarationsFragment;

/** When a declaration lapses, in words: its date, "lapsed" once past it, or none. */
export function ExpiryText({ declaration }: { declaration: Pick<Declaration, 'expiresOn' | 'status'> }) {
  if (!declaration.expiresOn) return <>No date</>;
  return (
    <>
      <span className="concord-nowrap">{formatDate(declaration.expiresOn)}</span>
      {declaration.status === 'LAPSED' && <span className="concord-block">Lapsed</span>}
    </>
  );
}

/** The plan's due date, flagged when overdue; "No plan" when there is none. */
export function PlanDueText({
  declaration,
}: {
  declaration: Pick<Declaration, 'remediationDueOn' | 'overdue'>;
}) {
  if (!declaration.remediationDueOn) return <>No plan</>;
  return (
    <>
      <span className="concord-nowrap">{formatDate(declaration.remediationDueOn)}</span>
      {declaration.overdue && (
        <span className="concord-block">
          <Tag colour="red">Overdue</Tag>
        </span>
      )}
    </>
  );
}

/** A subject's current declarations, one row a standard, each linked to its page. */
export function ComplianceTable({
  declarations,
  caption,
}: {
  declarations: readonly Declaration[];
  caption: string;
}) {
  const actions = declarations.some((declaration) => declaration.viewerCanSupersede);
  const columns = [
    'Standard',
    'Status',
    'Level',
    'Expires or review by',
    'Plan due',
    'Verification',
    ...(actions ? ['Action'] : []),
  ];
  return (
    <ResponsiveTable caption={caption} columns={columns} className="concord-compliance-table">
      {declarations.map((declaration) => (
        <Row key={declaration.id}>
          <RowHeader column="Standard">
            <Link to={declarationPath(declaration.id)}>{declaration.standard.name}</Link>{' '}
            <span className="concord-nowrap nhsuk-u-secondary-text-colour">
              ({declaration.standard.code})
            </span>
          </RowHeader>
          <Cell column="Status">
            <StatusTag status={declaration.status} />
          </Cell>
          <Cell column="Level">{declaration.level ? complianceLevelLabel(declaration.level) : 'None'}</Cell>
          <Cell column="Expires or review by">
            <ExpiryText declaration={declaration} />
          </Cell>
          <Cell column="Plan due">
            <PlanDueText declaration={declaration} />
          </Cell>
          <Cell column="Verification">
            <VerificationTag verification={declaration.verification} />
          </Cell>
          {actions && (
            <Cell column="Action">
              {declaration.viewerCanSupersede ? (
                <Link to={supersedeDeclarationPath(declaration.id)}>
                  Supersede
                  <span className="nhsuk-u-visually-hidden">
                    {' '}
                    the {declaration.standard.code} declaration
                  </span>
                </Link>
              ) : (
                'None'
              )}
            </Cell>
          )}
        </Row>
      ))}
    </ResponsiveTable>
  );
}

/** A standard's name, linked to its page, then its code. */
export function StandardName({ standard }: { standard: { code: string; name: string } }) {
  return (
    <>
      <Link to={standardPath(standard.code)}>{standard.name}</Link>{' '}
      <span className="concord-nowrap nhsuk-u-secondary-text-colour">({standard.code})</span>
    </>
  );
}

type Standard = { id: string; code: string; name: string };

/** Standards that apply but have no declaration (that the viewer can see), with "Declare" for declarers. */
export function UndeclaredTable({
  standards,
  caption,
  label,
  declare,
}: {
  standards: readonly Standard[];
  caption: string;
  /** "Not declared"; for viewers who see verified declarations only, "No verified declaration". */
  label: string;
  /** For declarers: the links that declare against a standard, in its row's Action cell. */
  declare: ((standard: Standard) => ReactNode) | null;
}) {
  return (
    <ResponsiveTable
      caption={caption}
      columns={['Standard', 'Status', ...(declare ? ['Action'] : [])]}
      className="concord-compliance-table"
    >
      {standards.map((standard) => (
        <Row key={standard.id}>
          <RowHeader column="Standard">
            <StandardName standard={standard} />
          </RowHeader>
          <Cell column="Status">
            <span className="concord-nowrap">
              <Tag colour="white">{label}</Tag>
            </span>
          </Cell>
          {declare && <Cell column="Action">{declare(standard)}</Cell>}
        </Row>
      ))}
    </ResponsiveTable>
  );
}
