import { useMemo, useReducer, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { StandardCategory, StandardStatus } from '../../../gql/graphql';
import { todayInEngland, type DateParts } from '../../../shared/forms/dates';
import { summaryItems } from '../../../shared/forms/field-messages';
import {
  FieldMessagesProvider,
  useFieldMessages,
  useFormMessages,
  useSaveProblem,
} from '../../../shared/forms/form-messages';
import type { MutationOutcome } from '../../../shared/graphql/mutation';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { standardCategoryLabels, standardCategoryOrder } from '../../../shared/labels/catalogue';
import {
  complianceLevelLabel,
  declarableStatusOrder,
  declarationStatusHints,
  declarationStatusLabels,
} from '../../../shared/labels/compliance';
import { standardPath, supersedeDeclarationPath } from '../../../shared/paths';
import { ButtonLink } from '../../../shared/ui/button-link';
import { DateInput } from '../../../shared/ui/date-input';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { focusSoon } from '../../../shared/ui/focus';
import { describedBy, ErrorMessage, FormGroup, ListError } from '../../../shared/ui/form-group';
import { Radios } from '../../../shared/ui/radios';
import { Select, type SelectOptionGroup } from '../../../shared/ui/select';
import { StaleNotice } from '../../../shared/ui/stale-notice';
import { TextInput } from '../../../shared/ui/text-input';
import { Textarea } from '../../../shared/ui/textarea';
import {
  declarationProblems,
  declarationReducer,
  fieldContext,
  fieldId,
  fieldOrder,
  levelCounts,
  MAX_ACTION,
  MAX_LINK,
  MAX_LINKS,
  MAX_REASON,
  MAX_STATEMENT,
  needsPlan,
  newRowKey,
  sentRows,
  serverErrors,
  showsCertificate,
  showsReviewDate,
  type DeclarationDraft,
  type DeclarationStandard,
  type ListName,
  type TextRow,
} from '../declaration-form';

/** What the form needs of each standard it offers (the pages' queries spread it). */
export const DeclarationForm_standard = graphql(`
  fragment DeclarationForm_standard on Standard {
    id
    code
    name
    category
    status
    assessment
    levels
    compliantLevels
    certificateMonths
  }
`);

/** A standard as the form offers it. */
export type StandardChoice = DeclarationStandard & {
  id: string;
  category: StandardCategory;
  status: StandardStatus;
};

/** Declaring against a standard chosen here, or superseding the current declaration against one. */
export type DeclarationFormMode =
  | {
      kind: 'declare';
      standards: readonly StandardChoice[];
      /** Standards already declared for the subject: code → the current declaration's id. */
      declared: ReadonlyMap<string, string>;
    }
  | { kind: 'supersede'; standard: DeclarationStandard };

/** What is declared for, as the form names it. */
export type FormSubject = {
  /** "Royal Free London NHS Foundation Trust", "Sentinel Care Record 8.5". */
  name: string;
  kind: 'organisation' | 'product';
};

const NOT_APPLICABLE = 'not-applicable';

/** The standards to choose from, by area, in the catalogue's order. */
function standardOptions(standards: readonly StandardChoice[]): SelectOptionGroup[] {
  return standardCategoryOrder
    .map((category) => ({
      group: standardCategoryLabels[category],
      options: standards
        .filter((standard) => standard.category === category)
        .map((standard) => ({
          value: standard.code,
          label: `${standard.name} (${standard.code})${standard.status === 'DRAFT' ? ', draft' : ''}`,
        })),
    }))
    .filter((group) => group.options.length > 0);
}

const listOf = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/**
 * The declaration form, for a first declaration and for one that replaces the current declaration.
 * Checked here first with the server's simpler rules, then by the server, whose reasons land beside
 * the field they name; nothing typed is lost when a save is refused.
 */
export function DeclarationForm({
  mode,
  subject,
  initial,
  cancelTo,
  onSave,
  onReload,
  reloading = false,
}: {
  mode: DeclarationFormMode;
  subject: FormSubject;
  initial: DeclarationDraft;
  cancelTo: string;
  onSave: (draft: DeclarationDraft, standard: DeclarationStandard) => Promise<MutationOutcome>;
  /** Loads the declaration again after someone else changed it (superseding only). */
  onReload?: () => void;
  reloading?: boolean;
}) {
  const [state, dispatch] = useReducer(declarationReducer, initial);
  const [saving, setSaving] = useState(false);
  const today = todayInEngland();
  const standard =
    mode.kind === 'supersede'
      ? mode.standard
      : (mode.standards.find((choice) => choice.code === state.standardCode) ?? null);
  const alreadyDeclared = mode.kind === 'declare' ? mode.declared.get(state.standardCode) : undefined;
  const problems = useMemo(() => declarationProblems(state, standard, today), [state, standard, today]);
  const form = useFormMessages(problems);
  const { problem, attempt, show, refused } = useSaveProblem(form.setServer);
  const heading = mode.kind === 'declare' ? 'Declare compliance with a standard' : 'Supersede a declaration';
  usePageTitle(
    mode.kind === 'declare'
      ? `Declare compliance: ${subject.name}`
      : `Supersede a declaration: ${subject.name}`,
    {
      error: problem.kind !== 'none',
    },
  );

  const levels = standard?.assessment === 'LEVELS';
  const statusAsked =
    levels && state.level !== '' && standard !== null && !levelCounts(standard, state.level);
  const idOf = (key: string) =>
    key === 'status' && levels && !statusAsked ? fieldId('level') : fieldId(key);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    form.flag(Object.keys(problems));
    if (Object.keys(problems).length > 0 || !standard) return show({ kind: 'invalid', form: [] });
    const sent = state;
    setSaving(true);
    const outcome = await onSave(sent, standard);
    setSaving(false);
    if (outcome.kind === 'unavailable') return show({ kind: 'unavailable', doing: 'saved' });
    if (outcome.kind === 'refused') refused(serverErrors(outcome.userErrors, sentRows(sent)));
  }

  const summary = summaryItems(form.state, {
    order: fieldOrder(state),
    form: problem.kind === 'invalid' ? problem.form : [],
    idOf,
    contextOf: (key) => fieldContext(key, state),
  });

  const date = (
    key: 'reviewOn' | 'remediationDueOn' | 'certificateIssuedOn' | 'certificateExpiresOn',
    field: string,
  ) => ({
    id: fieldId(field),
    value: state[key],
    error: form.messages.error(field),
    onChange: (value: DateParts) => {
      dispatch({ type: 'set', patch: { [key]: value } });
      form.messages.edited(field);
      if (field.startsWith('certificate.')) form.messages.edited('certificate');
      if (field.startsWith('remediation.')) form.messages.edited('remediation');
    },
    onLeave: () => form.messages.touch(field),
  });
  const text = (key: 'notApplicableReason' | 'evidenceStatement' | 'certificateNumber', field: string) => ({
    id: fieldId(field),
    name: field,
    value: state[key],
    error: form.messages.error(field),
    onChange: (event: { target: { value: string } }) => {
      dispatch({ type: 'set', patch: { [key]: event.target.value } });
      form.messages.edited(field);
      if (field.startsWith('certificate.')) form.messages.edited('certificate');
    },
    onBlur: () => form.messages.touch(field),
  });

  const subjectWord = subject.kind === 'organisation' ? 'your trust' : subject.name;
  const reason = (
    <Textarea
      {...text('notApplicableReason', 'notApplicableReason')}
      label="Why does it not apply?"
      hint="For example, the trust has no patient-facing services that use it"
      rows={3}
      maxLength={MAX_REASON}
    />
  );

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {problem.kind === 'invalid' && summary.length > 0 && <ErrorSummary key={attempt} errors={summary} />}
        {problem.kind === 'stale' && (
          <StaleNotice
            key={attempt}
            title="This declaration has changed since you loaded it"
            action="Reload the declaration"
            reloading={reloading}
            onReload={onReload}
          >
            <p>
              Someone verified, rejected or replaced it after you opened this page, so your new declaration
              has not been saved. What you typed is still on this page.
            </p>
            <p>
              Reloading starts the form again from the declaration as it is now: note down anything you want
              to keep.
            </p>
          </StaleNotice>
        )}
        {problem.kind === 'unavailable' && (
          <ErrorSummary key={attempt} title="Sorry, there is a problem with the service" errors={[]}>
            <p>The declaration could not be saved. What you typed is still on this page: try again later.</p>
          </ErrorSummary>
        )}

        <span className="nhsuk-caption-l">{subject.name}</span>
        <h1>{heading}</h1>
        {mode.kind === 'declare' ? (
          <p className="nhsuk-lede-text">
            {subject.kind === 'organisation'
              ? 'Say whether your trust meets a standard, with the evidence, and a plan if it does not yet. Buyers and central teams reuse it instead of asking again.'
              : `Say whether ${subject.name} conforms to a standard, with the evidence, and a plan if it does not yet. Every trust that buys it reuses your declaration.`}
          </p>
        ) : (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>
              Declarations are never edited. Saving this form makes a new declaration that replaces the
              current one; the current one stays in the history, with its verification. The new declaration
              needs verifying again.
            </p>
          </div>
        )}

        <FieldMessagesProvider value={form.messages}>
          <form noValidate onSubmit={(event) => void onSubmit(event)} aria-busy={saving || reloading}>
            <SubjectField subject={subject} error={form.messages.error('subject')} />

            {mode.kind === 'declare' ? (
              <Select
                id={fieldId('standardCode')}
                label="Standard"
                labelSize="m"
                hint={
                  subject.kind === 'organisation'
                    ? 'The standards that apply to organisations'
                    : 'The standards that apply to products'
                }
                placeholder="Choose a standard"
                value={state.standardCode}
                error={form.messages.error('standardCode')}
                options={standardOptions(mode.standards)}
                onChange={({ target: { value } }) => {
                  dispatch({ type: 'standard', code: value });
                  form.messages.edited('standardCode');
                }}
                onBlur={() => form.messages.touch('standardCode')}
              />
            ) : (
              <div
                className={`nhsuk-form-group${form.messages.error('standardCode') ? ' nhsuk-form-group--error' : ''}`}
              >
                <h2 className="nhsuk-label nhsuk-label--m" id={fieldId('standardCode')} tabIndex={-1}>
                  Standard
                </h2>
                <ErrorMessage id={fieldId('standardCode')} error={form.messages.error('standardCode')} />
                <p>
                  <Link to={standardPath(mode.standard.code)}>{mode.standard.name}</Link>{' '}
                  <span className="concord-nowrap">({mode.standard.code})</span>
                </p>
              </div>
            )}

            {alreadyDeclared && standard ? (
              <div className="nhsuk-inset-text">
                <span className="nhsuk-u-visually-hidden">Information: </span>
                <p>
                  {standard.name} is already declared for{' '}
                  {subject.kind === 'organisation' ? 'your trust' : subject.name}. Declarations are never
                  edited: to change it, supersede the current declaration with a new one.
                </p>
                <ButtonLink to={supersedeDeclarationPath(alreadyDeclared)} kind="secondary">
                  Supersede the current declaration
                </ButtonLink>
              </div>
            ) : (
              standard && (
                <>
                  <h2 className="nhsuk-heading-m">What you declare</h2>
                  {levels ? (
                    <>
                      <Radios
                        idPrefix={fieldId('level')}
                        name="level"
                        legend="Which level was assessed?"
                        legendSize="s"
                        hint={`${listOf(standard.compliantLevels.map(complianceLevelLabel))} ${standard.compliantLevels.length === 1 ? 'counts' : 'count'} as compliant. Any other level needs a remediation plan.`}
                        error={
                          form.messages.error('level') ??
                          (statusAsked ? undefined : form.messages.error('status'))
                        }
                        value={state.status === 'NOT_APPLICABLE' ? NOT_APPLICABLE : state.level}
                        onChange={(value) => {
                          dispatch({ type: 'level', level: value === NOT_APPLICABLE ? '' : value, standard });
                          form.messages.edited('level');
                          form.messages.edited('status');
                        }}
                        options={[
                          ...standard.levels.map((level) => ({
                            value: level,
                            label: complianceLevelLabel(level),
                            hint: levelCounts(standard, level)
                              ? 'Counts as compliant'
                              : 'Does not count as compliant: add a remediation plan',
                          })),
                          {
                            value: NOT_APPLICABLE,
                            label: 'The standard does not apply here',
                            conditional: reason,
                          },
                        ]}
                      />
                      {statusAsked && (
                        <Radios
                          idPrefix={fieldId('status')}
                          name="status"
                          legend="How would you describe it?"
                          legendSize="s"
                          hint={`${complianceLevelLabel(state.level)} does not meet ${standard.name}. We have chosen ${state.level && /APPROACH/i.test(state.level) ? '“partly compliant”, as the level is on the way there' : '“not compliant”'}: change it if another fits better.`}
                          error={form.messages.error('status')}
                          value={state.status}
                          onChange={(value) => {
                            dispatch({ type: 'set', patch: { status: value as DeclarationDraft['status'] } });
                            form.messages.edited('status');
                          }}
                          options={(['PARTIAL', 'NON_COMPLIANT', 'PLANNED'] as const).map((status) => ({
                            value: status,
                            label: declarationStatusLabels[status],
                            hint: declarationStatusHints[status],
                          }))}
                        />
                      )}
                    </>
                  ) : (
                    <Radios
                      idPrefix={fieldId('status')}
                      name="status"
                      legend={`Does ${subjectWord} meet ${standard.name}?`}
                      legendSize="s"
                      error={form.messages.error('status')}
                      value={state.status}
                      onChange={(value) => {
                        dispatch({ type: 'set', patch: { status: value as DeclarationDraft['status'] } });
                        form.messages.edited('status');
                      }}
                      options={declarableStatusOrder.map((status) => ({
                        value: status,
                        label: declarationStatusLabels[status],
                        hint: declarationStatusHints[status],
                        conditional: status === 'NOT_APPLICABLE' ? reason : undefined,
                      }))}
                    />
                  )}

                  <h2 className="nhsuk-heading-m">Evidence</h2>
                  <p className="nhsuk-body">
                    What shows the declaration is true: an assessment, a certificate, a test report. Everyone
                    can read the statement once a central team has verified the declaration; only people who
                    are signed in see the links.
                  </p>
                  <Textarea
                    {...text('evidenceStatement', 'evidence.statement')}
                    label="What the evidence shows (optional)"
                    rows={5}
                    maxLength={MAX_STATEMENT}
                  />
                  <RowsField
                    list="links"
                    rows={state.links}
                    legend="Links to the evidence (optional)"
                    hint="Full addresses starting with https://, like https://www.dsptoolkit.nhs.uk/"
                    itemLabel="Link"
                    addLabel="Add another link"
                    max={MAX_LINKS}
                    maxLength={MAX_LINK}
                    listKey="evidence.links"
                    rowKey={(row) => `evidence.links.${row.key}`}
                    dispatch={dispatch}
                    inputType="url"
                  />

                  {showsCertificate(standard, state.status) && (
                    <>
                      <h2 className="nhsuk-heading-m" id={fieldId('certificate')} tabIndex={-1}>
                        Certificate
                      </h2>
                      <p className="nhsuk-body">
                        {standard.name} certificates last {standard.certificateMonths}{' '}
                        {standard.certificateMonths === 1 ? 'month' : 'months'}. The declaration lapses the
                        day after its certificate expires.{' '}
                        {state.status === 'COMPLIANT'
                          ? 'A compliant declaration needs its certificate.'
                          : 'Give it if you hold one; it is required only to declare it compliant.'}
                      </p>
                      <ListError
                        id={`${fieldId('certificate')}-list`}
                        error={form.messages.error('certificate')}
                      />
                      <TextInput
                        {...text('certificateNumber', 'certificate.number')}
                        label={
                          state.status === 'COMPLIANT'
                            ? 'Certificate number'
                            : 'Certificate number (optional)'
                        }
                        width={20}
                        autoComplete="off"
                        spellCheck={false}
                      />
                      <DateInput
                        {...date('certificateIssuedOn', 'certificate.issuedOn')}
                        legend="When was it issued?"
                        legendSize="s"
                        hint="For example, 15 3 2026"
                      />
                      <DateInput
                        {...date('certificateExpiresOn', 'certificate.expiresOn')}
                        legend="When does it expire?"
                        legendSize="s"
                        hint={`No more than ${standard.certificateMonths} months after it was issued`}
                      />
                    </>
                  )}

                  {showsReviewDate(standard, state.status) && (
                    <DateInput
                      {...date('reviewOn', 'expiresOn')}
                      legend="Review date (optional)"
                      legendSize="m"
                      hint="When the declaration must be reviewed by. It lapses the day after unless a new declaration replaces it. For example, 31 3 2027"
                    />
                  )}

                  {needsPlan(state.status) && (
                    <>
                      <h2 className="nhsuk-heading-m" id={fieldId('remediation')} tabIndex={-1}>
                        Remediation plan
                      </h2>
                      <p className="nhsuk-body">
                        What will be done to meet {standard.name}, and by when. Central teams follow up plans
                        that pass their date.
                      </p>
                      <ListError
                        id={`${fieldId('remediation')}-list`}
                        error={form.messages.error('remediation')}
                      />
                      <DateInput
                        {...date('remediationDueOn', 'remediation.dueOn')}
                        legend="When will the plan be complete?"
                        legendSize="s"
                        hint="Today or later. For example, 31 3 2027"
                      />
                      <RowsField
                        list="actions"
                        rows={state.actions}
                        legend="What will be done"
                        hint="One action a line, in order"
                        itemLabel="Action"
                        addLabel="Add another action"
                        maxLength={MAX_ACTION}
                        listKey="remediation.actions"
                        rowKey={(row) => `remediation.actions.${row.key}`}
                        dispatch={dispatch}
                        inputType="text"
                      />
                    </>
                  )}
                </>
              )
            )}

            <div className="nhsuk-button-group concord-form-actions">
              {!alreadyDeclared && (
                <button className="nhsuk-button" type="submit" disabled={saving || reloading}>
                  {mode.kind === 'declare' ? 'Declare' : 'Save the new declaration'}
                </button>
              )}
              <Link className="nhsuk-link" to={cancelTo}>
                Cancel
              </Link>
            </div>
            {!alreadyDeclared && (
              <p className="nhsuk-body-s">
                A central commercial team verifies each declaration against its evidence. Until then, only{' '}
                {subject.kind === 'organisation' ? 'your trust' : 'your company'}, and central teams, see it.
              </p>
            )}
          </form>
        </FieldMessagesProvider>
      </div>
    </div>
  );
}

/** What is declared for: fixed by the page's address; a server message about it shows here. */
function SubjectField({ subject, error }: { subject: FormSubject; error?: string }) {
  const id = fieldId('subject');
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <h2 className="nhsuk-label nhsuk-label--m" id={id} tabIndex={-1}>
        {subject.kind === 'organisation' ? 'Trust' : 'Product version'}
      </h2>
      <ErrorMessage id={id} error={error} />
      <p className="nhsuk-body nhsuk-u-margin-bottom-0">{subject.name}</p>
    </div>
  );
}

/** An add-another list (evidence links, plan actions): each row a labelled box with "Remove". */
function RowsField({
  list,
  rows,
  legend,
  hint,
  itemLabel,
  addLabel,
  max,
  maxLength,
  listKey,
  rowKey,
  dispatch,
  inputType,
}: {
  list: ListName;
  rows: readonly TextRow[];
  legend: string;
  hint: string;
  itemLabel: string;
  addLabel: string;
  max?: number;
  maxLength: number;
  listKey: string;
  rowKey: (row: TextRow) => string;
  dispatch: (action: Parameters<typeof declarationReducer>[1]) => void;
  inputType: 'url' | 'text';
}) {
  const messages = useFieldMessages();
  const listError = messages.error(listKey);
  return (
    <div className={`nhsuk-form-group${listError ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(fieldId(listKey), hint, listError)}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        <div className="nhsuk-hint" id={`${fieldId(listKey)}-hint`}>
          {hint}
        </div>
        {rows.map((row, index) => {
          const key = rowKey(row);
          const id = fieldId(key);
          const error = messages.error(key);
          return (
            <FormGroup key={row.key} id={id} label={`${itemLabel} ${index + 1}`} error={error}>
              <div className="concord-row-with-action">
                <input
                  className={`nhsuk-input${error ? ' nhsuk-input--error' : ''}`}
                  id={id}
                  name={key}
                  type={inputType}
                  autoComplete="off"
                  spellCheck={inputType === 'text'}
                  aria-describedby={describedBy(id, null, error)}
                  value={row.text}
                  onChange={(event) => {
                    dispatch({ type: 'row', list, key: row.key, text: event.target.value });
                    messages.edited(key);
                    messages.edited(listKey);
                  }}
                  onBlur={() => messages.touch(key)}
                />
                {(rows.length > 1 || row.text !== '') && (
                  <button
                    className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                    type="button"
                    onClick={() => {
                      if (rows.length === 1) {
                        dispatch({ type: 'row', list, key: row.key, text: '' });
                        focusSoon(id);
                        return;
                      }
                      dispatch({ type: 'removeRow', list, key: row.key });
                      const next = rows[index + 1] ?? rows[index - 1];
                      if (next) focusSoon(fieldId(rowKey(next)));
                    }}
                  >
                    Remove
                    <span className="nhsuk-u-visually-hidden">{` ${itemLabel.toLowerCase()} ${index + 1}`}</span>
                  </button>
                )}
              </div>
              {row.text.length > maxLength && (
                <p className="nhsuk-error-message concord-count">
                  {(row.text.length - maxLength).toLocaleString('en-GB')} characters too many
                </p>
              )}
            </FormGroup>
          );
        })}
        <ListError id={fieldId(listKey)} error={listError} />
        {(max === undefined || rows.length < max) && (
          <button
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-top-3"
            type="button"
            id={fieldId(listKey)}
            onClick={() => {
              const key = newRowKey();
              dispatch({ type: 'addRow', list, key });
              messages.edited(listKey);
              focusSoon(fieldId(rowKey({ key, text: '' })));
            }}
          >
            {addLabel}
          </button>
        )}
      </fieldset>
    </div>
  );
}
