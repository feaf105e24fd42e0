import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Select } from '../../../shared/ui/select';

// The standards one may replace: the whole catalogue, whatever its status, fetched for the choice.
const STANDARD_CHOICES_QUERY = graphql(`
  query StandardChoices {
    standards(first: 100, filter: { statuses: [DRAFT, EFFECTIVE, RETIRED] }) {
      totalCount
      edges {
        node {
          id
          code
          name
        }
      }
    }
  }
`);

/** Which standard this one replaces, if any: a choice of every other standard in the catalogue. */
export function SupersedesSelect({
  id,
  ownCode,
  value,
  onChange,
  error,
}: {
  id: string;
  /** The code of the standard being edited, which cannot replace itself. */
  ownCode: string | null;
  value: string;
  onChange: (code: string) => void;
  error?: string | null;
}) {
  const { data, loading } = useQuery(STANDARD_CHOICES_QUERY);
  const choices = (data?.standards.edges ?? [])
    .map((edge) => edge.node)
    .filter((standard) => standard.code !== ownCode)
    .sort((a, b) => a.code.localeCompare(b.code, 'en-GB'));
  // The saved choice shows even before the list arrives.
  const options =
    value && !choices.some((standard) => standard.code === value)
      ? [{ value, label: value }, ...choices.map(toOption)]
      : choices.map(toOption);
  return (
    <Select
      id={id}
      name="supersedesCode"
      label="Replaces (optional)"
      hint="The standard this one takes the place of, if any. That standard will link here."
      placeholder={loading ? 'Loading standards…' : 'None'}
      options={options}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
    />
  );
}

const toOption = (standard: { code: string; name: string }) => ({
  value: standard.code,
  label: `${standard.code}: ${standard.name}`,
});
