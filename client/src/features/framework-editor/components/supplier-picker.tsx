import { useQuery } from '@apollo/client/react';
import { useState, type KeyboardEvent } from 'react';
import { graphql } from '../../../gql';
import { formatCount } from '../../../shared/format/count';
import { Tag } from '../../../shared/ui/tag';
// The picker's layout is the editor's; the contract form uses the picker too.
import '../framework-editor.css';

const SUPPLIER_SEARCH_QUERY = graphql(`
  query FrameworkEditorSupplierSearch($search: String!) {
    suppliers(first: 20, filter: { search: $search }) {
      totalCount
      edges {
        node {
          id
          name
          companiesHouseNumber
          sme
        }
      }
    }
  }
`);

export type PickedSupplier = { id: string; name: string };

/**
 * Finds a supplier by part of its name or its Companies House number and picks one. It sits inside
 * the page's form, so it has no form of its own: Enter in the box searches instead of saving.
 */
export function SupplierPicker({
  id,
  label = 'Search for a supplier',
  error,
  unavailable,
  onPick,
  onCancel,
}: {
  id: string;
  label?: string;
  error?: string | null;
  /** Suppliers that cannot be picked, with why: "Already approved on this lot". */
  unavailable: ReadonlyMap<string, string>;
  onPick: (supplier: PickedSupplier) => void;
  onCancel?: () => void;
}) {
  const [text, setText] = useState('');
  const [search, setSearch] = useState<string | null>(null);
  const result = useQuery(SUPPLIER_SEARCH_QUERY, {
    variables: { search: search ?? '' },
    skip: search === null,
  });
  const run = () => setSearch(text.trim());
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    run();
  };
  const connection = result.data?.suppliers;
  const suppliers = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <div className="concord-fe-picker">
      <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
        <label className="nhsuk-label nhsuk-label--s" htmlFor={id}>
          {label}
        </label>
        <div className="nhsuk-hint" id={`${id}-hint`}>
          Part of the name, or the Companies House number
        </div>
        {error && (
          <span className="nhsuk-error-message" id={`${id}-error`}>
            <span className="nhsuk-u-visually-hidden">Error: </span>
            {error}
          </span>
        )}
        <div className="concord-fe-search">
          <input
            className={`nhsuk-input nhsuk-input--width-20${error ? ' nhsuk-input--error' : ''}`}
            id={id}
            type="search"
            autoComplete="off"
            spellCheck={false}
            maxLength={100}
            value={text}
            aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onKeyDown}
          />
          <button
            className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
            type="button"
            onClick={run}
          >
            Search
          </button>
          {onCancel && (
            <button
              className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
              type="button"
              onClick={onCancel}
            >
              Cancel
            </button>
          )}
        </div>
      </div>
      <div role="status" className="nhsuk-body-s">
        {search === null
          ? null
          : result.loading
            ? 'Searching…'
            : result.error
              ? 'The suppliers could not be searched. Try again later.'
              : connection && (
                  <>
                    {connection.totalCount === 0
                      ? `No suppliers match “${search}”.`
                      : search
                        ? `${formatCount(connection.totalCount, 'supplier')} ${connection.totalCount === 1 ? 'matches' : 'match'} “${search}”.`
                        : `${formatCount(connection.totalCount, 'supplier')}.`}
                    {connection.totalCount > suppliers.length &&
                      ` Showing the first ${suppliers.length}: search for more of the name to narrow it.`}
                  </>
                )}
      </div>
      {suppliers.length > 0 && !result.loading && (
        <ul className="nhsuk-list concord-fe-results" aria-label="Suppliers found">
          {suppliers.map((supplier) => {
            const why = unavailable.get(supplier.id);
            return (
              <li className="concord-fe-results__item" key={supplier.id}>
                <div>
                  <span className="concord-fe-results__name">{supplier.name}</span>
                  <span className="nhsuk-body-s concord-fe-results__meta">
                    Companies House {supplier.companiesHouseNumber}
                    {supplier.sme && (
                      <>
                        {' '}
                        <Tag colour="blue">SME</Tag>
                      </>
                    )}
                  </span>
                </div>
                {why ? (
                  <span className="nhsuk-body-s concord-fe-results__why">{why}</span>
                ) : (
                  <button
                    className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
                    type="button"
                    onClick={() => onPick({ id: supplier.id, name: supplier.name })}
                  >
                    Choose <span className="nhsuk-u-visually-hidden">{supplier.name}</span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
