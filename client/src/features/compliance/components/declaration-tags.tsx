import type { DeclarationStatus, VerificationOutcome } from '../../../gql/graphql';
import {
  cellStateColours,
  cellStateLabels,
  verificationColours,
  verificationLabel,
  type ComplianceCellState,
} from '../../../shared/labels/compliance';
import { Tag } from '../../../shared/ui/tag';

/**
 * What a declaration says today as a tag, in words (the colour only reinforces them): its status, or
 * LAPSED once past its expiry date. Whether a central team verified or rejected it is said apart
 * (`VerificationTag`), so both stay readable.
 */
export function StatusTag({ status }: { status: DeclarationStatus }) {
  return <CellStateTag state={status} />;
}

/** One state of a compliance table, as a tag that keeps to one line. */
export function CellStateTag({ state }: { state: ComplianceCellState }) {
  return (
    <span className="concord-nowrap">
      <Tag colour={cellStateColours[state]}>{cellStateLabels[state]}</Tag>
    </span>
  );
}

/** Where the declaration is in central verification, as a tag: verified, rejected or not yet verified. */
export function VerificationTag({ verification }: { verification: VerificationOutcome | null }) {
  return (
    <span className="concord-nowrap">
      <Tag colour={verificationColours[verification ?? 'UNVERIFIED']}>{verificationLabel(verification)}</Tag>
    </span>
  );
}
