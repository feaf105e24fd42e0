import { useEffect, useMemo, useReducer, useRef, useState, type FormEvent } from 'react';
import { Link, useBlocker } from 'react-router';
import { graphql } from '../../../gql';
import type { DraftEditor_FrameworkFragment, StandardsPicker_StandardsFragment } from '../../../gql/graphql';
import { formatDate, formatDateTime } from '../../../shared/format/date';
import { todayInEngland } from '../../../shared/forms/dates';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { frameworkPath } from '../../../shared/paths';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { focusSoon } from '../../../shared/ui/focus';
import { ListError } from '../../../shared/ui/form-group';
import { StaleNotice } from '../../../shared/ui/stale-notice';
import {
  draftFromFramework,
  draftInput,
  draftProblems,
  draftReducer,
  fieldContext,
  fieldId,
  fieldOrder,
  frameworkDates,
  hasChanges,
  publishErrors,
  publishProblems,
  serverErrors,
  afterSave,
  type DraftState,
} from '../draft';
import { summaryItems } from '../../../shared/forms/field-messages';
import { usePublishFrameworkMutation } from '../mutations/use-publish-framework-mutation';
import { useUpdateFrameworkMutation, type SavedDraftState } from '../mutations/use-update-framework-mutation';
import { newKey } from '../price-draft';
import { FieldMessagesProvider, useFormMessages, useSaveProblem } from '../../../shared/forms/form-messages';
import { FrameworkDetailsFields } from './framework-details-fields';
import { LotEditor } from './lot-editor';

export const DraftEditor_framework = graphql(`
  fragment DraftEditor_framework on Framework {
    id
    rowVersion
    reference
    title
    description
    startDate
    endDate
    updatedAt
    owner {
      id
      name
    }
    lots {
      id
      number
      title
      scope
      category
      requiredStandards {
        id
        code
      }
      awards {
        id
        awardedOn
        supplier {
          id
          name
        }
        prices(includeReplaced: true) {
          ...PriceDraft_price
        }
      }
    }
  }
`);

/**
 * The whole draft on one page: its details, lots, approved suppliers and their prices. It is saved
 * whole ("Save draft"), and published after a confirmation step. Nothing typed is lost on an error:
 * the form keeps its values and shows each message next to its field and in the summary at the top.
 */
export function DraftEditor({
  framework,
  standards,
  reload,
}: {
  framework: DraftEditor_FrameworkFragment;
  standards: readonly StandardsPicker_StandardsFragment[];
  /** Fetches the draft as saved now (after a stale-version refusal). */
  reload: () => Promise<DraftEditor_FrameworkFragment | null>;
}) {
  const [state, dispatch] = useReducer(draftReducer, framework, draftFromFramework);
  // What was loaded or last saved: the page has unsaved changes when the form differs from it.
  const [saved, setSaved] = useState<DraftState>(() => draftFromFramework(framework));
  const [lastSavedAt, setLastSavedAt] = useState(framework.updatedAt);
  const [checkingPublish, setCheckingPublish] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [updateFramework, updating] = useUpdateFrameworkMutation();
  const [publishFramework, publishing] = usePublishFrameworkMutation();
  const busy = updating.loading || publishing.loading || reloading;

  const today = todayInEngland();
  const problems = useMemo(
    () =>
      checkingPublish ? { ...draftProblems(state), ...publishProblems(state, today) } : draftProblems(state),
    [state, checkingPublish, today],
  );
  const form = useFormMessages(problems);
  const { problem, attempt, show, refused } = useSaveProblem(form.setServer);
  const dates = frameworkDates(state);
  const dirty = hasChanges(state, saved);
  usePageTitle(`Edit ${framework.reference}`, { error: problem.kind !== 'none' });

  // Leaving with unsaved changes asks first: in the app (the blocker) and when closing the tab.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty &&
      !busy &&
      currentLocation.pathname !== nextLocation.pathname &&
      (nextLocation.state as Partial<SavedDraftState> | null)?.savedDraft !== true,
  );
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  /** Checks and saves; the saved draft, or null when it was refused (the messages then show). */
  async function save({ quiet }: { quiet: boolean }): Promise<{ rowVersion: number } | null> {
    const found = Object.keys(draftProblems(state));
    form.flag(found);
    if (found.length > 0) {
      show({ kind: 'invalid', form: [] });
      return null;
    }
    const sent = state;
    const outcome = await updateFramework(draftInput(sent), { quiet });
    if (outcome.kind === 'unavailable') {
      show({ kind: 'unavailable', doing: 'saved' });
      return null;
    }
    if (outcome.kind === 'refused') {
      refused(serverErrors(outcome.userErrors, sent.lots));
      return null;
    }
    const { draft, rowVersion, updatedAt } = outcome.framework;
    // Anything typed while saving stays: the ids are merged into the form as it is now.
    dispatch({ type: 'saved', rowVersion, draft });
    setSaved(afterSave(sent, rowVersion, draft));
    setLastSavedAt(updatedAt);
    form.flag([]);
    show({ kind: 'none' });
    return { rowVersion: outcome.framework.rowVersion };
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setCheckingPublish(false);
    setConfirming(false);
    await save({ quiet: false });
  }

  function askToPublish() {
    setCheckingPublish(true);
    const found = { ...draftProblems(state), ...publishProblems(state, todayInEngland()) };
    form.flag(Object.keys(found));
    if (Object.keys(found).length > 0) {
      show({ kind: 'invalid', form: [] });
      return;
    }
    show({ kind: 'none' });
    setConfirming(true);
    focusSoon('fe-publish-confirm');
  }

  async function publish() {
    if (busy) return;
    let rowVersion = saved.rowVersion;
    if (dirty) {
      const result = await save({ quiet: true });
      if (!result) {
        setConfirming(false);
        return;
      }
      rowVersion = result.rowVersion;
    }
    const outcome = await publishFramework({ id: state.id, expectedRowVersion: rowVersion });
    if (outcome.kind === 'done') return;
    setConfirming(false);
    if (outcome.kind === 'unavailable') return show({ kind: 'unavailable', doing: 'published' });
    refused(publishErrors(outcome.userErrors, state.lots));
  }

  async function reloadSaved() {
    setReloading(true);
    const latest = await reload().catch(() => null);
    setReloading(false);
    if (!latest) return show({ kind: 'unavailable', doing: 'loaded' });
    const next = draftFromFramework(latest);
    dispatch({ type: 'load', state: next });
    setSaved(next);
    setLastSavedAt(latest.updatedAt);
    form.flag([]);
    setCheckingPublish(false);
    show({ kind: 'none' });
  }

  const summary = summaryItems(form.state, {
    order: fieldOrder(state),
    form: problem.kind === 'invalid' ? problem.form : [],
    idOf: fieldId,
    contextOf: (key) => fieldContext(key, state),
  });
  const summaryShown = problem.kind === 'invalid' && summary.length > 0;

  return (
    <>
      {summaryShown && <ErrorSummary key={attempt} errors={summary} />}
      {problem.kind === 'stale' && (
        <StaleNotice
          key={attempt}
          title="This draft has changed since you loaded it"
          action="Reload the saved draft"
          reloading={reloading}
          onReload={() => void reloadSaved()}
        >
          <p>
            Someone else saved it after you opened this page, so your changes have not been saved. They are
            still on this page.
          </p>
          <p>
            To see their changes, reload the saved draft. This replaces what is on this page, so note down
            anything you want to keep first.
          </p>
        </StaleNotice>
      )}
      {problem.kind === 'unavailable' && (
        <ErrorSummary key={attempt} title="Sorry, there is a problem with the service" errors={[]}>
          <p>The draft could not be {problem.doing}. Your changes are still on this page: try again later.</p>
        </ErrorSummary>
      )}
      {blocker.state === 'blocked' && (
        <LeaveWarning onLeave={() => blocker.proceed()} onStay={() => blocker.reset()} />
      )}
      <span className="nhsuk-caption-l">
        Draft framework <span className="nhsuk-u-visually-hidden">owned by</span>
        <span aria-hidden="true">·</span> {framework.owner.name}
      </span>
      <h1>Edit {framework.reference}</h1>
      <p className="nhsuk-body">
        Only central commercial users at {framework.owner.name} can see this draft until it is published.{' '}
        <span className="nhsuk-u-nowrap">Last saved {formatDateTime(lastSavedAt)}.</span>
      </p>
      <FieldMessagesProvider value={form.messages}>
        <form noValidate onSubmit={(event) => void onSubmit(event)} aria-busy={busy}>
          <h2 className="nhsuk-heading-l">Framework details</h2>
          <div className="nhsuk-grid-row">
            <div className="nhsuk-grid-column-two-thirds">
              <FrameworkDetailsFields
                values={state}
                onText={(field, value) => dispatch({ type: 'field', field, value })}
                onDate={(field, value) => dispatch({ type: 'date', field, value })}
              />
            </div>
          </div>

          <h2 className="nhsuk-heading-l">Lots</h2>
          <p className="nhsuk-body">
            Each lot has its own scope, required standards and approved suppliers. Each supplier’s prices are
            ceilings: trusts calling off from the lot pay these or less.
          </p>
          {state.lots.map((lot, index) => (
            <LotEditor
              key={lot.key}
              lot={lot}
              position={index + 1}
              standards={standards}
              dates={dates}
              dispatch={dispatch}
            />
          ))}
          {state.lots.length === 0 && <p className="nhsuk-body">The draft has no lots yet.</p>}
          <ListError id={fieldId('lots')} error={form.messages.error('lots')} />
          <button
            className="nhsuk-button nhsuk-button--secondary"
            type="button"
            id={fieldId('lots')}
            onClick={() => {
              const key = newKey();
              dispatch({ type: 'addLot', key });
              form.messages.edited('lots');
              focusSoon(fieldId(`lots.${key}.title`));
            }}
          >
            Add a lot
          </button>

          <div className="concord-fe-submit">
            {confirming ? (
              <PublishConfirmation
                reference={state.reference.trim().toUpperCase() || framework.reference}
                startDate={dates.start}
                saveFirst={dirty}
                busy={busy}
                onConfirm={() => void publish()}
                onCancel={() => {
                  setConfirming(false);
                  focusSoon('fe-publish');
                }}
              />
            ) : (
              <>
                <p className="nhsuk-body" role="status">
                  {dirty ? 'You have changes that are not saved yet.' : 'All changes are saved.'}
                </p>
                <div className="nhsuk-button-group">
                  <button className="nhsuk-button" type="submit" disabled={busy}>
                    Save draft
                  </button>
                  <button
                    className="nhsuk-button nhsuk-button--secondary"
                    type="button"
                    id="fe-publish"
                    disabled={busy}
                    onClick={askToPublish}
                  >
                    Publish framework
                  </button>
                  <Link className="nhsuk-link" to={frameworkPath(framework.reference)}>
                    Back to the framework
                  </Link>
                </div>
              </>
            )}
          </div>
        </form>
      </FieldMessagesProvider>
    </>
  );
}

function PublishConfirmation({
  reference,
  startDate,
  saveFirst,
  busy,
  onConfirm,
  onCancel,
}: {
  reference: string;
  startDate: string | null;
  saveFirst: boolean;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div
      className="nhsuk-warning-callout concord-fe-publish"
      id="fe-publish-confirm"
      tabIndex={-1}
      role="group"
      aria-labelledby="fe-publish-heading"
    >
      <h2 className="nhsuk-warning-callout__label" id="fe-publish-heading">
        Publish {reference}?
      </h2>
      <p>
        Once published it changes only through recorded amendments: adding a supplier to a lot, changing a
        price or extending the end date. Every change is shown in its history.
      </p>
      {startDate && <p>Trusts can call off from it from {formatDate(startDate)}.</p>}
      {saveFirst && <p>Your unsaved changes will be saved first.</p>}
      <div className="nhsuk-button-group">
        <button className="nhsuk-button" type="button" disabled={busy} onClick={onConfirm}>
          Yes, publish {reference}
        </button>
        <button
          className="nhsuk-button nhsuk-button--secondary"
          type="button"
          disabled={busy}
          onClick={onCancel}
        >
          Cancel
        </button>
      </div>
    </div>
  );
}

/** Asked when the person leaves the page with unsaved changes; it takes focus so they hear it. */
function LeaveWarning({ onLeave, onStay }: { onLeave: () => void; onStay: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // It sits at the top of the page: show it from the top, label included.
    window.scrollTo({ top: 0 });
    box.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div className="nhsuk-warning-callout" role="alert" tabIndex={-1} ref={box}>
      <h2 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          You have unsaved changes
        </span>
      </h2>
      <p>If you leave this page now, the changes you made since you last saved are lost.</p>
      <div className="nhsuk-button-group">
        <button className="nhsuk-button nhsuk-button--warning" type="button" onClick={onLeave}>
          Leave without saving
        </button>
        <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={onStay}>
          Stay on this page
        </button>
      </div>
    </div>
  );
}
