import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { Role } from '../../../gql/graphql';
import { roleLabels } from '../../../shared/labels/roles';
import { TextInput } from '../../../shared/ui/text-input';
import { needsOrganisation, needsSupplier, type MembershipField, type MembershipValues } from '../user-form';

// The choice of supplier, fetched only when someone picks the supplier role.
const SUPPLIER_CHOICES_QUERY = graphql(`
  query SupplierChoices {
    suppliers(first: 100) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const roleOrder: Role[] = [
  'TRUST_PROCUREMENT',
  'TRUST_COMPLIANCE',
  'CENTRAL_COMMERCIAL',
  'SUPPLIER',
  'ADMIN',
];

/**
 * A role and where it applies: the ODS code of an NHS organisation, or the supplier for the supplier
 * role. An administrator's role covers every organisation, so it asks for neither.
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
  const supplierError = errors.supplierId;
  const choices = useQuery(SUPPLIER_CHOICES_QUERY, { skip: !needsSupplier(values.role) });
  const suppliers = choices.data?.suppliers.edges.map((edge) => edge.node) ?? [];
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
      {needsSupplier(values.role) && (
        <div className={`nhsuk-form-group${supplierError ? ' nhsuk-form-group--error' : ''}`}>
          <label className="nhsuk-label" htmlFor={ids.supplierId}>
            Supplier
          </label>
          {supplierError && (
            <span className="nhsuk-error-message" id={`${ids.supplierId}-error`}>
              <span className="nhsuk-u-visually-hidden">Error: </span>
              {supplierError}
            </span>
          )}
          <select
            className={`nhsuk-select${supplierError ? ' nhsuk-select--error' : ''}`}
            id={ids.supplierId}
            name="supplierId"
            value={values.supplierId}
            aria-describedby={supplierError ? `${ids.supplierId}-error` : undefined}
            onChange={(event) => onChange({ ...values, supplierId: event.target.value })}
          >
            <option value="">{choices.loading ? 'Loading suppliers…' : 'Choose a supplier'}</option>
            {suppliers.map((supplier) => (
              <option key={supplier.id} value={supplier.id}>
                {supplier.name}
              </option>
            ))}
          </select>
        </div>
      )}
    </>
  );
}
