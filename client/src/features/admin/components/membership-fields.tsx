import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { Role } from '../../../gql/graphql';
import { roleLabels } from '../../../shared/labels/roles';
import { Select } from '../../../shared/ui/select';
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
  const choices = useQuery(SUPPLIER_CHOICES_QUERY, { skip: !needsSupplier(values.role) });
  const suppliers = choices.data?.suppliers.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      <Select
        id={ids.role}
        name="role"
        label="Role"
        fullWidth={false}
        placeholder="Choose a role"
        options={roleOrder.map((role) => ({ value: role, label: roleLabels[role] }))}
        value={values.role}
        error={errors.role}
        onChange={(event) => onChange({ ...values, role: event.target.value as Role | '' })}
      />
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
        <Select
          id={ids.supplierId}
          name="supplierId"
          label="Supplier"
          fullWidth={false}
          placeholder={choices.loading ? 'Loading suppliers…' : 'Choose a supplier'}
          options={suppliers.map((supplier) => ({ value: supplier.id, label: supplier.name }))}
          value={values.supplierId}
          error={errors.supplierId}
          onChange={(event) => onChange({ ...values, supplierId: event.target.value })}
        />
      )}
    </>
  );
}
