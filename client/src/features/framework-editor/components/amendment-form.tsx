import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { AmendmentForm_FrameworkFragment } from '../../../gql/graphql';
import { formatDate } from '../../../shared/format/date';
import { toDateParts, todayInEngland, type DateParts } from '../../../shared/forms/dates';
import { errorsFromServer } from '../../../shared/forms/form-errors';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { frameworkPath } from '../../../shared/paths';
import { DateInput } from '../../../shared/ui/date-input';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { focusSoon } from '../../../shared/ui/focus';
import { ErrorMessage, ListError } from '../../../shared/ui/form-group';
import { Radios } from '../../../shared/ui/radios';
import { Select } from '../../../shared/ui/select';
import { StaleNotice } from '../../../shared/ui/stale-notice';
import { Textarea } from '../../../shared/ui/textarea';
import {
  amendmentFieldKey,
  amendmentFieldOrder,
  amendmentInput,
  amendmentProblems,
  newAmendment,
  pricesOf,
  withPriceChosen,
  type AmendmentKind,
  type AmendmentState,
} from '../amendment';
import { fieldId } from '../draft';
import { summaryItems } from '../../../shared/forms/field-messages';
import { useAmendFrameworkMutation } from '../mutations/use-amend-framework-mutation';
import { newAward, newKey, newPrice, priceFromLoaded } from '../price-draft';
import {
  FieldMessagesProvider,
  useFieldMessages,
  useFormMessages,
  useSaveProblem,
} from '../../../shared/forms/form-messages';
import { describePrice, PriceEditor } from './price-editor';
import { PriceTermsFields } from './price-terms-fields';
import { SupplierPicker } from './supplier-picker';

export const AmendmentForm_framework = graphql(`
  fragment AmendmentForm_framework on Framework {
    id
    reference
    title
    rowVersion
    startDate
    endDate
    lots {
      id
      number
      title
      awards {
        id
        awardedOn
        supplier {
          id
          name
        }
        prices {
          ...PriceDraft_price
        }
      }
    }
  }
`);

const kinds: { value: AmendmentKind; label: string; hint: string }[] = [
  {
    value: 'addAward',
    label: 'Add a supplier to a lot',
    hint: 'Approve another supplier on one of its lots, with the prices it offers there.',
  },
  {
    value: 'changePrice',
    label: 'Change a price',
    hint: 'Replace a ceiling price from a date. The old price stays in the framework’s history.',
  },
  { value: 'extend', label: 'Extend the end date', hint: 'Keep the framework in force for longer.' },
];

/**
 * One recorded change to a published framework: what kind, the matching small form, why, and
 * from when. Recorded through `amendFramework`, which shows it in the framework's history.
 */
export function AmendmentForm({
  framework,
  reload,
}: {
  framework: AmendmentForm_FrameworkFragment;
  reload: () => Promise<unknown>;
}) {
  const [state, setState] = useState<AmendmentState>(() => newAmendment(toDateParts(todayInEngland())));
  const problems = useMemo(() => amendmentProblems(state, framework), [state, framework]);
  const form = useFormMessages(problems);
  const { messages } = form;
  const { problem, attempt, show, refused } = useSaveProblem(form.setServer);
  const [reloading, setReloading] = useState(false);
  const [amendFramework, { loading }] = useAmendFrameworkMutation();
  usePageTitle(`Amend ${framework.reference}`, { error: problem.kind !== 'none' });
  const change = (key: string, patch: Partial<AmendmentState>) => {
    setState((current) => ({ ...current, ...patch }));
    messages.edited(key);
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    form.flag();
    if (Object.keys(problems).length > 0) return show({ kind: 'invalid', form: [] });
    const outcome = await amendFramework(amendmentInput(state, framework));
    if (outcome.kind === 'unavailable') show({ kind: 'unavailable' });
    if (outcome.kind === 'refused') {
      refused(errorsFromServer(outcome.userErrors, (path) => amendmentFieldKey(path, state)));
    }
  }

  async function reloadFramework() {
    setReloading(true);
    await reload().catch(() => undefined);
    setReloading(false);
    show({ kind: 'none' });
  }

  const summary = summaryItems(form.state, {
    order: amendmentFieldOrder(state),
    form: problem.kind === 'invalid' ? problem.form : [],
    idOf: fieldId,
    contextOf: (key) => fieldContext(key, state),
  });
  const date = (key: string, field: 'effectiveFrom' | 'endDate') => ({
    id: fieldId(key),
    value: state[field],
    error: messages.error(key),
    onChange: (value: DateParts) => change(key, { [field]: value }),
    onLeave: () => messages.touch(key),
  });

  return (
    <>
      {problem.kind === 'invalid' && summary.length > 0 && <ErrorSummary key={attempt} errors={summary} />}
      {problem.kind === 'stale' && (
        <StaleNotice
          key={attempt}
          title="This framework has changed since you loaded it"
          action="Reload the framework"
          reloading={reloading}
          onReload={() => void reloadFramework()}
        >
          <p>
            Someone else changed it after you opened this page (another amendment, perhaps), so your amendment
            has not been recorded. What you entered stays on this page.
          </p>
          <p>
            Reload the framework to see the latest version, check your amendment still makes sense, then
            record it.
          </p>
        </StaleNotice>
      )}
      {problem.kind === 'unavailable' && (
        <ErrorSummary key={attempt} title="Sorry, there is a problem with the service" errors={[]}>
          <p>The amendment could not be recorded. What you entered is still on this page: try again later.</p>
        </ErrorSummary>
      )}
      <span className="nhsuk-caption-l">{framework.reference}</span>
      <h1>Amend {framework.title}</h1>
      <p className="nhsuk-body">
        A published framework changes only through recorded amendments. Each one appears in the framework’s
        history with your reason. It is in force from {formatDate(framework.startDate)} to{' '}
        {formatDate(framework.endDate)}.
      </p>
      <FieldMessagesProvider value={messages}>
        <form noValidate onSubmit={(event) => void onSubmit(event)} aria-busy={loading}>
          <div className="nhsuk-grid-row">
            <div className="nhsuk-grid-column-two-thirds">
              <Radios
                idPrefix={fieldId('kind')}
                name="kind"
                legend="What do you want to change?"
                legendSize="m"
                error={messages.error('kind')}
                value={state.kind}
                options={kinds}
                onChange={(value) => change('kind', { kind: value as AmendmentKind })}
              />
            </div>
          </div>
          {state.kind === 'addAward' && (
            <AddSupplierFields framework={framework} state={state} setState={setState} />
          )}
          {state.kind === 'changePrice' && (
            <ChangePriceFields framework={framework} state={state} setState={setState} />
          )}
          {state.kind === 'extend' && (
            <div className="nhsuk-grid-row">
              <div className="nhsuk-grid-column-two-thirds">
                <h2 className="nhsuk-heading-m">Extend the end date</h2>
                <DateInput
                  {...date('extend.endDate', 'endDate')}
                  legend="New end date"
                  legendSize="s"
                  hint={`It ends on ${formatDate(framework.endDate)} now. For example, 31 3 2031`}
                />
              </div>
            </div>
          )}
          <div className="nhsuk-grid-row">
            <div className="nhsuk-grid-column-two-thirds">
              <h2 className="nhsuk-heading-m">Why and from when</h2>
              <Textarea
                id={fieldId('reason')}
                name="reason"
                label="Why is the change made?"
                hint="Shown with the change in the framework’s history, for trusts and suppliers. Up to 2,000 characters."
                rows={4}
                value={state.reason}
                error={messages.error('reason')}
                onChange={(event) => change('reason', { reason: event.target.value })}
                onBlur={() => messages.touch('reason')}
              />
              <DateInput
                {...date('effectiveFrom', 'effectiveFrom')}
                legend="When does it take effect?"
                legendSize="s"
                hint="Today, unless you say otherwise. It must be while the framework is in force."
              />
              <div className="nhsuk-button-group">
                <button className="nhsuk-button" type="submit" disabled={loading}>
                  Record amendment
                </button>
                <Link className="nhsuk-link" to={frameworkPath(framework.reference)}>
                  Cancel
                </Link>
              </div>
            </div>
          </div>
        </form>
      </FieldMessagesProvider>
    </>
  );
}

/** Where a field of the amendment sits, when the same message can occur in several places. */
function fieldContext(key: string, state: AmendmentState): string | null {
  const parts = key.split('.');
  const bandOf = (tiers: readonly { key: string }[], tierKey: string | undefined) => {
    const index = tiers.findIndex((tier) => tier.key === tierKey);
    return index >= 0 ? `band ${index + 1}` : null;
  };
  if (parts[0] === 'changePrice' && parts[1] === 'tiers') {
    const band = bandOf(state.terms.tiers, parts[2]);
    return band && band.charAt(0).toUpperCase() + band.slice(1);
  }
  if (parts[0] !== 'addAward' || parts[1] !== 'prices' || !state.award) return null;
  const index = state.award.prices.findIndex((price) => price.key === parts[2]);
  const price = state.award.prices[index];
  if (!price) return null;
  const name = price.productLabel ? `Price ${index + 1} (${price.productLabel})` : `Price ${index + 1}`;
  const band = parts[3] === 'tiers' ? bandOf(price.tiers, parts[4]) : null;
  return band ? `${name}, ${band}` : name;
}

type PartProps = {
  framework: AmendmentForm_FrameworkFragment;
  state: AmendmentState;
  setState: (update: (state: AmendmentState) => AmendmentState) => void;
};

function AddSupplierFields({ framework, state, setState }: PartProps) {
  const messages = useFieldMessages();
  const lot = framework.lots.find((l) => l.id === state.lotId);
  const onLot = new Map(
    (lot?.awards ?? []).map((award) => [award.supplier.id, 'Already approved on this lot']),
  );
  const award = state.award;
  const addPriceId = fieldId('addAward.prices');
  return (
    <div className="concord-fe-amend-part">
      <h2 className="nhsuk-heading-m">Add a supplier to a lot</h2>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <Select
            id={fieldId('addAward.lotId')}
            fullWidth={false}
            label="Lot"
            placeholder="Choose a lot"
            value={state.lotId}
            error={messages.error('addAward.lotId')}
            options={framework.lots.map((l) => ({ value: l.id, label: `Lot ${l.number}: ${l.title}` }))}
            onChange={({ target: { value } }) => {
              setState((current) => ({ ...current, lotId: value }));
              messages.edited('addAward.lotId');
              messages.edited('addAward.supplierId');
            }}
            onBlur={() => messages.touch('addAward.lotId')}
          />
          {award ? (
            <div
              className={`nhsuk-form-group${messages.error('addAward.supplierId') ? ' nhsuk-form-group--error' : ''}`}
            >
              <h3
                className="nhsuk-heading-s nhsuk-u-margin-bottom-1"
                id={fieldId('addAward.supplierId')}
                tabIndex={-1}
              >
                Supplier: {award.supplierName}
              </h3>
              <ErrorMessage
                id={fieldId('addAward.supplierId')}
                error={messages.error('addAward.supplierId')}
              />
              <button
                className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                type="button"
                onClick={() => {
                  setState((current) => ({ ...current, award: null }));
                  messages.edited('addAward.supplierId');
                  focusSoon(fieldId('addAward.supplierId'));
                }}
              >
                Choose another supplier
              </button>
            </div>
          ) : (
            <SupplierPicker
              id={fieldId('addAward.supplierId')}
              label="Supplier"
              error={messages.error('addAward.supplierId')}
              unavailable={onLot}
              onPick={(supplier) => {
                const priceKey = newKey();
                setState((current) => ({
                  ...current,
                  award: {
                    ...newAward('new', supplier),
                    prices: [newPrice(priceKey, current.effectiveFrom)],
                  },
                }));
                messages.edited('addAward.supplierId');
                focusSoon(fieldId(`addAward.prices.${priceKey}.productVersionId`));
              }}
            />
          )}
        </div>
      </div>
      {award && (
        <>
          <h3 className="nhsuk-heading-s">Prices {award.supplierName} offers on the lot</h3>
          {award.prices.map((price, index) => (
            <PriceEditor
              key={price.key}
              price={price}
              prefix={`addAward.prices.${price.key}`}
              position={index + 1}
              supplierId={award.supplierId}
              supplierName={award.supplierName}
              dates={{ start: framework.startDate, end: framework.endDate }}
              onChange={(next) =>
                setState((current) =>
                  current.award
                    ? {
                        ...current,
                        award: {
                          ...current.award,
                          prices: current.award.prices.map((p) => (p.key === next.key ? next : p)),
                        },
                      }
                    : current,
                )
              }
              onRemove={() => {
                setState((current) =>
                  current.award
                    ? {
                        ...current,
                        award: {
                          ...current.award,
                          prices: current.award.prices.filter((p) => p.key !== price.key),
                        },
                      }
                    : current,
                );
                focusSoon(addPriceId);
              }}
            />
          ))}
          <ListError id={addPriceId} error={messages.error('addAward.prices')} />
          <button
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            type="button"
            id={addPriceId}
            onClick={() => {
              const priceKey = newKey();
              setState((current) =>
                current.award
                  ? {
                      ...current,
                      award: {
                        ...current.award,
                        prices: [...current.award.prices, newPrice(priceKey, current.effectiveFrom)],
                      },
                    }
                  : current,
              );
              messages.edited('addAward.prices');
              focusSoon(fieldId(`addAward.prices.${priceKey}.productVersionId`));
            }}
          >
            Add a price
          </button>
        </>
      )}
    </div>
  );
}

function ChangePriceFields({ framework, state, setState }: PartProps) {
  const messages = useFieldMessages();
  const groups = framework.lots
    .filter((lot) => lot.awards.some((award) => award.prices.length > 0))
    .map((lot) => ({
      group: `Lot ${lot.number}: ${lot.title}`,
      options: lot.awards.flatMap((award) =>
        award.prices.map((price) => ({
          value: price.id,
          label: `${award.supplier.name}: ${price.productVersion.product.name} ${price.productVersion.version}, ${describePrice(priceFromLoaded(price, price.id)).replace(/ · from .*$/, '')}`,
        })),
      ),
    }));
  const chosen = pricesOf(framework).find((entry) => entry.price.id === state.priceId);
  return (
    <div className="concord-fe-amend-part">
      <h2 className="nhsuk-heading-m">Change a price</h2>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <Select
            id={fieldId('changePrice.priceId')}
            fullWidth={false}
            label="Price to change"
            hint="The prices in force now, by lot and supplier"
            placeholder="Choose a price"
            value={state.priceId}
            error={messages.error('changePrice.priceId')}
            options={groups}
            onChange={({ target: { value } }) => {
              setState((current) => withPriceChosen(current, framework, value));
              messages.edited('changePrice.priceId');
            }}
            onBlur={() => messages.touch('changePrice.priceId')}
          />
          {chosen && (
            <>
              <div className="nhsuk-inset-text">
                <span className="nhsuk-u-visually-hidden">Current price: </span>
                <p>
                  <strong>
                    {chosen.price.productVersion.product.name} {chosen.price.productVersion.version}
                  </strong>{' '}
                  from {chosen.award.supplier.name}, lot {chosen.lot.number}
                </p>
                <p>Now: {describePrice(priceFromLoaded(chosen.price, chosen.price.id))}</p>
              </div>
              <h3 className="nhsuk-heading-s">The new price</h3>
              <PriceTermsFields
                terms={state.terms}
                prefix="changePrice"
                pricingUnit={chosen.price.pricingUnit}
                onChange={(terms) => setState((current) => ({ ...current, terms }))}
              />
            </>
          )}
        </div>
      </div>
    </div>
  );
}
