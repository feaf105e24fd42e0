import { useState } from 'react';
import { graphql } from '../../../gql';
import type { StandardCategory, StandardsPicker_StandardsFragment } from '../../../gql/graphql';
import { standardCategoryLabels } from '../../../shared/labels/catalogue';

export const StandardsPicker_standards = graphql(`
  fragment StandardsPicker_standards on Standard {
    id
    code
    name
    category
    status
  }
`);

/**
 * The standards every product sold through a lot must meet: checkboxes grouped by category, folded
 * away in a details element that says how many are chosen. Codes chosen before that are no longer
 * in the catalogue's list (retired) stay, so saving never drops them unasked.
 */
export function StandardsPicker({
  id,
  standards,
  chosen,
  error,
  onChange,
}: {
  id: string;
  standards: readonly StandardsPicker_StandardsFragment[];
  chosen: readonly string[];
  error?: string | null;
  onChange: (codes: string[]) => void;
}) {
  const [open, setOpen] = useState(false);
  const groups = new Map<StandardCategory | null, { code: string; name: string }[]>();
  for (const standard of standards) {
    const list = groups.get(standard.category) ?? [];
    list.push({ code: standard.code, name: standard.name });
    groups.set(standard.category, list);
  }
  const listed = new Set(standards.map((standard) => standard.code));
  const others = chosen.filter((code) => !listed.has(code));
  if (others.length > 0)
    groups.set(
      null,
      others.map((code) => ({ code, name: code })),
    );
  const toggle = (code: string, checked: boolean) =>
    onChange(checked ? [...chosen, code] : chosen.filter((c) => c !== code));

  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <details
        className="nhsuk-details nhsuk-u-margin-bottom-2"
        open={open || Boolean(error)}
        onToggle={(event) => setOpen(event.currentTarget.open)}
      >
        <summary className="nhsuk-details__summary" id={id}>
          <span className="nhsuk-details__summary-text">
            Required standards ({chosen.length === 0 ? 'none chosen' : `${chosen.length} chosen`})
          </span>
        </summary>
        <div className="nhsuk-details__text">
          {error && (
            <span className="nhsuk-error-message" id={`${id}-error`}>
              <span className="nhsuk-u-visually-hidden">Error: </span>
              {error}
            </span>
          )}
          <p className="nhsuk-body-s">Every product sold through the lot must meet each standard chosen.</p>
          {[...groups].map(([category, list]) => (
            <fieldset className="nhsuk-fieldset nhsuk-u-margin-bottom-3" key={category ?? 'other'}>
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
                {category ? standardCategoryLabels[category] : 'No longer in the catalogue'}
              </legend>
              <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
                {list.map((standard) => {
                  const boxId = `${id}-${standard.code}`;
                  return (
                    <div className="nhsuk-checkboxes__item" key={standard.code}>
                      <input
                        className="nhsuk-checkboxes__input"
                        id={boxId}
                        type="checkbox"
                        value={standard.code}
                        checked={chosen.includes(standard.code)}
                        onChange={(event) => toggle(standard.code, event.target.checked)}
                      />
                      <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={boxId}>
                        {standard.name === standard.code
                          ? standard.code
                          : `${standard.name} (${standard.code})`}
                      </label>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          ))}
        </div>
      </details>
      {chosen.length > 0 && (
        <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">Chosen: {chosen.join(', ')}</p>
      )}
    </div>
  );
}
