import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../../gql';
import { TextInput } from '../../../shared/ui/text-input';

// The trust an ODS code names, to show the person which trust they typed.
const TRUST_QUERY = graphql(`
  query ContractFormTrust($odsCode: String!) {
    organisation(odsCode: $odsCode) {
      id
      name
      kind
      odsCode
    }
  }
`);

/**
 * The trust that signed the contract, by its ODS code (central users record contracts for any
 * trust). Once the field is left, the trust's name shows under it, so a mistyped code is seen at once.
 */
export function BuyerField({
  id,
  label = 'Trust’s ODS code',
  hint = 'The trust that signed the contract. For example, RAL for the Royal Free London',
  value,
  error,
  onChange,
  onBlur,
}: {
  id: string;
  label?: string;
  hint?: string;
  value: string;
  error?: string | null;
  onChange: (value: string) => void;
  onBlur: () => void;
}) {
  const [looked, setLooked] = useState('');
  const code = looked.trim().toUpperCase();
  const { data, loading } = useQuery(TRUST_QUERY, { variables: { odsCode: code }, skip: code.length < 3 });
  const found = data?.organisation;
  const current = value.trim().toUpperCase() === code;
  return (
    <>
      <TextInput
        id={id}
        name="buyerOdsCode"
        label={label}
        labelSize="s"
        hint={hint}
        width={10}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        value={value}
        error={error}
        onChange={(event) => onChange(event.target.value)}
        onBlur={() => {
          setLooked(value);
          onBlur();
        }}
      />
      <p className="nhsuk-body-s concord-buyer-found" role="status">
        {!current || code.length < 3 || loading
          ? null
          : found?.kind === 'TRUST'
            ? `${found.odsCode} is ${found.name}.`
            : found
              ? `${found.odsCode} is ${found.name}, which is not a trust.`
              : `No organisation has the ODS code ${code}.`}
      </p>
    </>
  );
}
