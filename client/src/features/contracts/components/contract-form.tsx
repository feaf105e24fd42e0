import { useQuery } from '@apollo/client/react';
import { useMemo, useReducer, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type {
  ContractFormSupplierQuery,
  ContractStatus,
  PriceVisibility,
  ProcurementRoute,
} from '../../../gql/graphql';
import type { DateParts } from '../../../shared/forms/dates';
import { summaryItems } from '../../../shared/forms/field-messages';
import { FieldMessagesProvider, useFormMessages, useSaveProblem } from '../../../shared/forms/form-messages';
import type { MutationOutcome } from '../../../shared/graphql/mutation';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { frameworkStatusLabels, productCategoryShortLabels } from '../../../shared/labels/catalogue';
import {
  priceVisibilityHints,
  priceVisibilityLabels,
  priceVisibilityOrder,
  procurementRouteHints,
  procurementRouteLabels,
  procurementRouteOrder,
} from '../../../shared/labels/contracts';
import { DateInput } from '../../../shared/ui/date-input';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { focusSoon } from '../../../shared/ui/focus';
import { ErrorMessage, ListError } from '../../../shared/ui/form-group';
import { MoneyInput } from '../../../shared/ui/money-input';
import { Radios } from '../../../shared/ui/radios';
import { Select, type SelectOptionGroup } from '../../../shared/ui/select';
import { StaleNotice } from '../../../shared/ui/stale-notice';
import { TextInput } from '../../../shared/ui/text-input';
import { Textarea } from '../../../shared/ui/textarea';
import { SupplierPicker } from '../../framework-editor/components/supplier-picker';
import {
  contractProblems,
  contractReducer,
  fieldContext,
  fieldId,
  fieldOrder,
  linePreview,
  newLineKey,
  serverErrors,
  termOf,
  type ContractDraft,
  type LotChoice,
} from '../contract-draft';
import { BuyerField } from './buyer-field';
import { LineEditor } from './line-editor';

/** What the form needs of a saved contract (the edit page's query spreads it). */
export const ContractForm_contract = graphql(`
  fragment ContractForm_contract on Contract {
    id
    rowVersion
    reference
    title
    status
    startDate
    endDate
    maxEndDate
    route
    priceVisibility
    notes
    benefitsStatement
    benefitsOwner
    totalValue {
      amount
    }
    expectedAnnualBenefit {
      amount
    }
    buyer {
      id
      name
    }
    supplier {
      id
      name
    }
    award {
      id
      lot {
        id
      }
    }
    lines {
      id
      lineReference
      description
      category
      role
      grade
      pricingUnit
      billingPeriod
      quantity
      discountPercent
      rebate
      bundle
      researchPartnership
      suppressed
      suppressionReason
      unitPrice {
        amount
      }
      productVersion {
        id
        version
        product {
          id
          name
        }
      }
    }
  }
`);

// The chosen supplier's products (for each line's version) and the framework lots it is approved
// on, with their ceiling prices (for a call-off's lot and each line's ceiling): replaced prices
// too, as the server looks for a line's ceiling among them. Cached per supplier.
const SUPPLIER_QUERY = graphql(`
  query ContractFormSupplier($id: String!) {
    supplier(id: $id) {
      id
      name
      products {
        id
        name
        category
        versions {
          id
          version
        }
      }
      awards {
        id
        lot {
          id
          number
          title
          framework {
            id
            reference
            title
            status
            startDate
            endDate
          }
        }
        prices(includeReplaced: true) {
          id
          pricingUnit
          billingPeriod
          role
          grade
          validFrom
          validTo
          tierCalculation
          ceilingUnitPrice {
            amount
          }
          tiers {
            from
            to
            unitPrice {
              amount
            }
          }
          productVersion {
            id
          }
        }
      }
    }
  }
`);

type SupplierData = NonNullable<ContractFormSupplierQuery['supplier']>;

/** How the form saves: a new contract (as a draft or not), or the one loaded. */
export type ContractFormMode =
  | { kind: 'create'; askBuyer: boolean; trust: string | null }
  | { kind: 'edit'; reference: string; status: ContractStatus; trust: string };

/** The supplier's lots, as the checks and the ceilings need them. */
function lotChoices(supplier: SupplierData | undefined): LotChoice[] {
  return (supplier?.awards ?? []).map((award) => ({
    lotId: award.lot.id,
    framework: award.lot.framework,
    prices: award.prices.map((price) => ({
      productVersionId: price.productVersion.id,
      pricingUnit: price.pricingUnit,
      billingPeriod: price.billingPeriod,
      role: price.role,
      grade: price.grade,
      validFrom: price.validFrom,
      validTo: price.validTo,
      ceilingUnitPrice: price.ceilingUnitPrice.amount,
      tiers:
        price.tiers?.map((tier) => ({ from: tier.from, to: tier.to, unitPrice: tier.unitPrice.amount })) ??
        null,
      tierCalculation: price.tierCalculation,
    })),
  }));
}

/** The lots to call off from, by framework: published first, others marked with their status. */
function lotOptions(supplier: SupplierData | undefined): SelectOptionGroup[] {
  const groups = new Map<string, SelectOptionGroup & { order: number }>();
  const awards = [...(supplier?.awards ?? [])].sort((a, b) => a.lot.number - b.lot.number);
  for (const { lot } of awards) {
    const { framework } = lot;
    const status =
      framework.status === 'PUBLISHED' ? '' : `, ${frameworkStatusLabels[framework.status].toLowerCase()}`;
    const group = groups.get(framework.id) ?? {
      group: `${framework.title} (${framework.reference}${status})`,
      options: [],
      order: framework.status === 'PUBLISHED' ? 0 : 1,
    };
    group.options = [...group.options, { value: lot.id, label: `Lot ${lot.number}: ${lot.title}` }];
    groups.set(framework.id, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.order - b.order || a.group.localeCompare(b.group, 'en-GB'))
    .map(({ group, options }) => ({ group, options }));
}

/** The versions a line may buy: every version of the supplier's products, or those the call-off's lot offers. */
function versionOptions(
  supplier: SupplierData | undefined,
  offered: ReadonlySet<string> | null,
): SelectOptionGroup[] {
  return (supplier?.products ?? [])
    .map((product) => ({
      group: `${product.name} (${productCategoryShortLabels[product.category]})`,
      options: product.versions
        .filter((version) => !offered || offered.has(version.id))
        .map((version) => ({ value: version.id, label: `${product.name} ${version.version}` })),
    }))
    .filter((group) => group.options.length > 0);
}

/**
 * The contract's details and its lines on one page, for recording a contract and for editing one.
 * Saved whole; checked here first with the server's own rules, then by the server, whose reasons
 * land beside the field they name. Nothing typed is lost when a save is refused.
 */
export function ContractForm({
  mode,
  initial,
  cancelTo,
  onSave,
  onReload,
  reloading = false,
}: {
  mode: ContractFormMode;
  initial: ContractDraft;
  cancelTo: string;
  /** Sends the contract; resolves to what the server said. */
  onSave: (state: ContractDraft, options: { asDraft: boolean }) => Promise<MutationOutcome>;
  /** Loads the contract as saved now, after someone else saved it first (editing only). */
  onReload?: () => void;
  reloading?: boolean;
}) {
  const [state, dispatch] = useReducer(contractReducer, initial);
  const [saving, setSaving] = useState(false);
  const [asDraft, setAsDraft] = useState(false);
  const supplierId = state.supplier?.id ?? '';
  const supplierQuery = useQuery(SUPPLIER_QUERY, { variables: { id: supplierId }, skip: !supplierId });
  const supplier = supplierQuery.data?.supplier ?? undefined;
  const lots = useMemo(() => lotChoices(supplier), [supplier]);

  const askBuyer = mode.kind === 'create' && mode.askBuyer;
  // A draft may have no lines yet; saving anything else needs one.
  const draft = mode.kind === 'create' ? asDraft : mode.status === 'DRAFT';
  const problems = useMemo(
    () => contractProblems(state, { askBuyer, asDraft: draft, lots: supplier ? lots : undefined }),
    [state, askBuyer, draft, lots, supplier],
  );
  const form = useFormMessages(problems);
  const { problem, attempt, show, refused } = useSaveProblem(form.setServer);
  usePageTitle(mode.kind === 'create' ? 'Record a contract' : `Edit ${mode.reference}`, {
    error: problem.kind !== 'none',
  });

  const term = termOf(state);
  const lot = state.basis === 'call-off' ? lots.find((choice) => choice.lotId === state.lotId) : undefined;
  const offered = lot ? new Set(lot.prices.map((price) => price.productVersionId)) : null;
  const versions = versionOptions(supplier, offered);
  const versionsHint = !state.supplier
    ? 'Choose the supplier first.'
    : supplierQuery.loading
      ? 'Loading the supplier’s products…'
      : supplierQuery.error
        ? 'The supplier’s products could not be loaded. Try again later.'
        : offered
          ? 'The supplier offers nothing on this lot yet: describe the line as a service instead.'
          : 'This supplier has no products in the catalogue: describe the line as a service instead.';

  async function save(options: { asDraft: boolean }) {
    if (saving) return;
    setAsDraft(options.asDraft);
    const found = contractProblems(state, {
      askBuyer,
      asDraft: mode.kind === 'create' ? options.asDraft : draft,
      lots: supplier ? lots : undefined,
    });
    form.flag(Object.keys(found));
    if (Object.keys(found).length > 0) return show({ kind: 'invalid', form: [] });
    const sent = state;
    setSaving(true);
    const outcome = await onSave(sent, options);
    setSaving(false);
    if (outcome.kind === 'unavailable') return show({ kind: 'unavailable', doing: 'saved' });
    if (outcome.kind === 'refused') refused(serverErrors(outcome.userErrors, sent));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save({ asDraft: false });
  }

  const summary = summaryItems(form.state, {
    order: fieldOrder(state),
    form: problem.kind === 'invalid' ? problem.form : [],
    idOf: fieldId,
    contextOf: (key) => fieldContext(key, state),
  });

  const field = <
    K extends
      | 'reference'
      | 'title'
      | 'totalValue'
      | 'notes'
      | 'expectedAnnualBenefit'
      | 'benefitsStatement'
      | 'benefitsOwner',
  >(
    key: K,
  ) => ({
    id: fieldId(key),
    name: key,
    value: state[key],
    error: form.messages.error(key),
    onChange: (event: { target: { value: string } }) => {
      dispatch({ type: 'set', patch: { [key]: event.target.value } });
      form.messages.edited(key);
    },
    onBlur: () => form.messages.touch(key),
  });
  const date = (key: 'startDate' | 'endDate' | 'maxEndDate') => ({
    id: fieldId(key),
    value: state[key],
    error: form.messages.error(key),
    onChange: (value: DateParts) => {
      dispatch({ type: 'set', patch: { [key]: value } });
      form.messages.edited(key);
    },
    onLeave: () => form.messages.touch(key),
  });
  const choose = (key: 'basis' | 'lotId' | 'route' | 'priceVisibility', value: string) => {
    dispatch({ type: 'set', patch: { [key]: value } });
    form.messages.edited(key);
  };

  const heading = mode.kind === 'create' ? 'Record a contract' : `Edit ${mode.reference}`;
  const busy = saving || reloading;

  return (
    <>
      {problem.kind === 'invalid' && summary.length > 0 && <ErrorSummary key={attempt} errors={summary} />}
      {problem.kind === 'stale' && (
        <StaleNotice
          key={attempt}
          title="This contract has changed since you loaded it"
          action="Reload the contract"
          reloading={reloading}
          onReload={onReload}
        >
          <p>
            Someone else saved it after you opened this page, so your changes have not been saved. They are
            still on this page.
          </p>
          <p>
            To see their changes, reload the contract. This replaces what is on this page, so note down
            anything you want to keep first.
          </p>
        </StaleNotice>
      )}
      {problem.kind === 'unavailable' && (
        <ErrorSummary key={attempt} title="Sorry, there is a problem with the service" errors={[]}>
          <p>The contract could not be saved. Your changes are still on this page: try again later.</p>
        </ErrorSummary>
      )}

      {mode.trust && <span className="nhsuk-caption-l">{mode.trust}</span>}
      <h1>{heading}</h1>
      <p className="nhsuk-lede-text">
        {mode.kind === 'create'
          ? 'Record a contract your trust has signed: who with, how it was bought, and what it pays for each product or service.'
          : 'Change the contract’s details and its lines. The prices are normalised again when you save.'}
      </p>

      <FieldMessagesProvider value={form.messages}>
        <form noValidate onSubmit={onSubmit} aria-busy={busy}>
          <div className="nhsuk-grid-row">
            <div className="nhsuk-grid-column-two-thirds">
              <h2 className="nhsuk-heading-l">Who and how</h2>
              {askBuyer && (
                <BuyerField
                  id={fieldId('buyerOdsCode')}
                  value={state.buyerOdsCode}
                  error={form.messages.error('buyerOdsCode')}
                  onChange={(value) => {
                    dispatch({ type: 'set', patch: { buyerOdsCode: value } });
                    form.messages.edited('buyerOdsCode');
                  }}
                  onBlur={() => form.messages.touch('buyerOdsCode')}
                />
              )}
              <SupplierField
                state={state}
                error={form.messages.error('supplierId')}
                onPick={(picked) => {
                  dispatch({ type: 'supplier', supplier: picked });
                  form.messages.edited('supplierId');
                }}
              />
              <Radios
                idPrefix={fieldId('basis')}
                name="basis"
                legend="How was it bought?"
                legendSize="s"
                error={form.messages.error('basis')}
                value={state.basis}
                onChange={(value) => choose('basis', value)}
                options={[
                  {
                    value: 'call-off',
                    label: 'Called off from a framework',
                    hint: 'Under a framework lot the supplier is approved on: its prices have ceilings',
                    conditional: (
                      <Select
                        id={fieldId('lotId')}
                        fullWidth={false}
                        label="Framework lot"
                        hint={
                          !state.supplier
                            ? 'Choose the supplier first: you can choose from the lots it is approved on.'
                            : supplier && supplier.awards.length === 0
                              ? `${supplier.name} is not approved on any framework lot.`
                              : undefined
                        }
                        placeholder={supplierQuery.loading ? 'Loading the supplier’s lots…' : 'Choose a lot'}
                        value={state.lotId}
                        error={form.messages.error('lotId')}
                        options={lotOptions(supplier)}
                        onChange={({ target: { value } }) => choose('lotId', value)}
                        onBlur={() => form.messages.touch('lotId')}
                      />
                    ),
                  },
                  {
                    value: 'off-framework',
                    label: 'Off-framework',
                    hint: 'Any other way: a tender, a direct award, a mini-competition',
                    conditional: (
                      <Select
                        id={fieldId('route')}
                        fullWidth={false}
                        label="How it was awarded"
                        placeholder="Choose a route"
                        value={state.route}
                        error={form.messages.error('route')}
                        options={procurementRouteOrder.map((route: ProcurementRoute) => ({
                          value: route,
                          label: `${procurementRouteLabels[route]}: ${procurementRouteHints[route].charAt(0).toLowerCase()}${procurementRouteHints[route].slice(1)}`,
                        }))}
                        onChange={({ target: { value } }) => choose('route', value)}
                        onBlur={() => form.messages.touch('route')}
                      />
                    ),
                  },
                ]}
              />

              <h2 className="nhsuk-heading-l">Contract details</h2>
              <TextInput
                {...field('reference')}
                label="Reference"
                hint="Your trust’s own reference. No other contract of your trust can have the same one."
                width={20}
                autoComplete="off"
                spellCheck={false}
              />
              <TextInput
                {...field('title')}
                label="Title"
                hint="What the contract is for"
                autoComplete="off"
              />
              <DateInput
                {...date('startDate')}
                legend="Start date"
                legendSize="s"
                hint="For example, 1 4 2027"
              />
              <DateInput
                {...date('endDate')}
                legend="End date"
                legendSize="s"
                hint="The last day of the contract, without extensions. For example, 31 3 2030"
              />
              <DateInput
                {...date('maxEndDate')}
                legend="Latest end date with extensions (optional)"
                legendSize="s"
                hint="If the contract can be extended: its last day with every extension taken"
              />
              <MoneyInput
                {...field('totalValue')}
                label="Total value (optional)"
                labelSize="s"
                hint="Over the whole term, as signed, in pounds"
              />
              <Radios
                idPrefix={fieldId('priceVisibility')}
                name="priceVisibility"
                legend="Who may see its prices?"
                legendSize="s"
                hint="Central commercial teams always see every price."
                error={form.messages.error('priceVisibility')}
                value={state.priceVisibility}
                onChange={(value) => choose('priceVisibility', value as PriceVisibility)}
                options={priceVisibilityOrder.map((value) => ({
                  value,
                  label: priceVisibilityLabels[value],
                  hint: priceVisibilityHints[value],
                }))}
              />
            </div>
          </div>

          <h2 className="nhsuk-heading-l">What was bought</h2>
          <p className="nhsuk-body">
            One line for each price: each product or service, how many and at what price. Each line’s price is
            worked out as a year’s price of one unit, the footing every comparison uses.
          </p>
          {state.lines.map((line, index) => (
            <LineEditor
              key={line.key}
              line={line}
              position={index + 1}
              supplierName={state.supplier?.name ?? null}
              versions={versions}
              versionsHint={versionsHint}
              preview={linePreview(line, term, lot?.prices)}
              onChange={(patch) => dispatch({ type: 'line', key: line.key, patch })}
              onRemove={() => {
                dispatch({ type: 'removeLine', key: line.key });
                focusSoon(fieldId('lines'));
              }}
            />
          ))}
          {state.lines.length === 0 && <p className="nhsuk-body">The contract has no lines yet.</p>}
          <ListError id={fieldId('lines')} error={form.messages.error('lines')} />
          <button
            className="nhsuk-button nhsuk-button--secondary"
            type="button"
            id={fieldId('lines')}
            onClick={() => {
              const key = newLineKey();
              dispatch({ type: 'addLine', key });
              form.messages.edited('lines');
              focusSoon(fieldId(`lines.${key}.kind`));
            }}
          >
            {state.lines.length === 0 ? 'Add a line' : 'Add another line'}
          </button>

          <div className="nhsuk-grid-row">
            <div className="nhsuk-grid-column-two-thirds">
              <h2 className="nhsuk-heading-l">Benefits (optional)</h2>
              <p className="nhsuk-body">What the contract is expected to bring, for its business case.</p>
              <MoneyInput
                {...field('expectedAnnualBenefit')}
                label="Expected benefit a year"
                labelSize="s"
                hint="A saving or a benefit in pounds, each year"
              />
              <Textarea
                {...field('benefitsStatement')}
                label="The benefits, in words"
                rows={4}
                maxLength={20000}
              />
              <TextInput
                {...field('benefitsOwner')}
                label="Who owns realising them"
                hint="A person or a role, like Chief Clinical Information Officer"
                autoComplete="off"
              />

              <h2 className="nhsuk-heading-l">Notes (optional)</h2>
              <Textarea
                {...field('notes')}
                label="Notes"
                hint="Anything that explains the deal, for your team and for central commercial teams"
                rows={5}
                maxLength={20000}
              />
            </div>
          </div>

          <div className="nhsuk-button-group concord-form-actions">
            <button className="nhsuk-button" type="submit" disabled={busy}>
              {mode.kind === 'create' ? 'Save' : mode.status === 'DRAFT' ? 'Save draft' : 'Save changes'}
            </button>
            {mode.kind === 'create' && (
              <button
                className="nhsuk-button nhsuk-button--secondary"
                type="button"
                disabled={busy}
                onClick={() => void save({ asDraft: true })}
              >
                Save as draft
              </button>
            )}
            <Link className="nhsuk-link" to={cancelTo}>
              Cancel
            </Link>
          </div>
          {mode.kind === 'create' && (
            <p className="nhsuk-body-s">
              A draft counts in no comparison until it is confirmed, and may have no lines yet.
            </p>
          )}
        </form>
      </FieldMessagesProvider>
    </>
  );
}

/** The supplier: found with the catalogue's supplier search, then shown with a way to change it. */
function SupplierField({
  state,
  error,
  onPick,
}: {
  state: ContractDraft;
  error?: string;
  onPick: (supplier: { id: string; name: string }) => void;
}) {
  const [changing, setChanging] = useState(false);
  const id = fieldId('supplierId');
  if (state.supplier && !changing) {
    return (
      <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
        <h3 className="nhsuk-label nhsuk-label--s nhsuk-u-margin-bottom-1">Supplier</h3>
        <ErrorMessage id={id} error={error} />
        <p className="nhsuk-body nhsuk-u-margin-bottom-2" id={`${id}-chosen`}>
          {state.supplier.name}
        </p>
        <button
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
          type="button"
          id={id}
          aria-describedby={[`${id}-chosen`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
          onClick={() => {
            setChanging(true);
            focusSoon(id);
          }}
        >
          Change supplier
        </button>
      </div>
    );
  }
  return (
    <SupplierPicker
      id={id}
      label="Supplier"
      error={error}
      unavailable={new Map()}
      onPick={(picked) => {
        onPick(picked);
        setChanging(false);
        focusSoon(id);
      }}
      onCancel={state.supplier ? () => setChanging(false) : undefined}
    />
  );
}
