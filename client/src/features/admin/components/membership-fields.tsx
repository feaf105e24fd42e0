import type { Role } from '../../../gql/graphql';
import { roleLabels } from '../../../shared/labels/roles';
import { TextInput } from '../../../shared/ui/text-input';
import { needsOrganisation, type MembershipField, type MembershipValues } from '../user-form';

const roleOrder: Role[] = [
  'TRUST_PROCUREMENT',
  'TRUST_COMPLIANCE',
  'CENTRAL_COMMERCIAL',
  'SUPPLIER',
  'ADMIN',
];

/**
 * A role and the ODS code of its organisation. An administrator's role covers every organisation,
 * so the code field goes away when it is chosen.
 */
export function MembershipFields({
  ids,
  values,
  errors,
  onChange,
}: {
  ids: Record<MembershipField, string>;
  values: MembershipValues;
  errors: Partial<Record<MembershipField, string>>;
  onChange: (values: MembershipValues) => void;
}) {
  const roleError = errors.role;
  return (
    <>
      <div className={`nhsuk-form-group${roleError ? ' nhsuk-form-group--error' : ''}`}>
        <label className="nhsuk-label" htmlFor={ids.role}>
          Role
        </label>
        {roleError && (
          <span className="nhsuk-error-message" id={`${ids.role}-error`}>
            <span className="nhsuk-u-visually-hidden">Error: </span>
            {roleError}
          </span>
        )}
        <select
          className={`nhsuk-select${roleError ? ' nhsuk-select--error' : ''}`}
          id={ids.role}
          name="role"
          value={values.role}
          aria-describedby={roleError ? `${ids.role}-error` : undefined}
          onChange={(event) => onChange({ ...values, role: event.target.value as Role | '' })}
        >
          <option value="">Choose a role</option>
          {roleOrder.map((role) => (
            <option key={role} value={role}>
              {roleLabels[role]}
            </option>
          ))}
        </select>
      </div>
      {needsOrganisation(values.role) && (
        <TextInput
          id={ids.odsCode}
          name="odsCode"
          label="Organisation ODS code"
          hint="A trust for trust roles, a central body for central commercial. For example, RAL"
          width={10}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          value={values.odsCode}
          onChange={(event) => onChange({ ...values, odsCode: event.target.value })}
          error={errors.odsCode}
        />
      )}
    </>
  );
}
