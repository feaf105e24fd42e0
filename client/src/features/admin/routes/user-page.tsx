import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../../gql';
import type { UserDetails_UserFragment } from '../../../gql/graphql';
import {
  errorsFromServer,
  hasErrors,
  noErrors,
  summaryItems,
  type FormErrors,
} from '../../../shared/forms/form-errors';
import { describeError, retry } from '../../../shared/graphql/describe-error';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { roleLabels } from '../../../shared/labels/roles';
import { BackLink } from '../../../shared/ui/back-link';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { SummaryList } from '../../../shared/ui/summary-list';
import { Cell, ResponsiveTable, Row, RowHeader } from '../../../shared/ui/table';
import { Tag } from '../../../shared/ui/tag';
import { RequireRight } from '../../identity/components/access';
import { MembershipFields } from '../components/membership-fields';
import { SERVICE_PROBLEM } from '../mutations/outcome';
import { useAddMembershipMutation } from '../mutations/use-add-membership-mutation';
import { useRemoveMembershipMutation } from '../mutations/use-remove-membership-mutation';
import { useSetUserActiveMutation } from '../mutations/use-set-user-active-mutation';
import {
  membershipFieldOf,
  membershipFields,
  membershipInput,
  validateMembershipForm,
  type MembershipField,
  type MembershipValues,
} from '../user-form';

const USER_QUERY = graphql(`
  query AdminUser($id: String!) {
    user(id: $id) {
      id
      ...UserDetails_user
    }
  }
`);

/** `/admin/users/:id`: one user, their memberships and whether they may sign in. */
export function UserPage() {
  return (
    <RequireRight right="viewerCanManageUsers">
      <UserDetails />
    </RequireRight>
  );
}

function UserDetails() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(USER_QUERY, { variables: { id } });
  const user = data?.user as UserDetails_UserFragment | null | undefined;
  const problem = error ? describeError(error) : null;
  const notFound = !user && !loading && !problem;
  usePageTitle(user?.name ?? (notFound ? 'User not found' : 'User'), { error: problem !== null });

  const back = <BackLink to="/admin/users">Back to users</BackLink>;
  if (problem) {
    return (
      <>
        {back}
        <ErrorSummary title="Sorry, there is a problem with the service" errors={[]}>
          <p>The user could not be loaded. Try again later.</p>
          <button
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            type="button"
            onClick={() => retry(refetch)}
          >
            Try again
          </button>
        </ErrorSummary>
      </>
    );
  }
  if (notFound) {
    return (
      <>
        {back}
        <h1>User not found</h1>
        <p>
          There is no user at this address. <Link to="/admin/users">Find them in the list of users</Link>.
        </p>
      </>
    );
  }
  if (!user) return <p className="nhsuk-body">Loading user…</p>;

  return (
    <>
      {back}
      <h1>{user.name}</h1>
      <SummaryList
        rows={[
          { key: 'Email address', value: user.email },
          {
            key: 'Status',
            value: user.active ? <Tag colour="green">Active</Tag> : <Tag colour="grey">Deactivated</Tag>,
          },
        ]}
      />
      <ActiveButton user={user} />
      <Memberships user={user} />
      <AddMembershipForm userId={user.id} />
    </>
  );
}

function ActiveButton({ user }: { user: UserDetails_UserFragment }) {
  const [setUserActive, { loading }] = useSetUserActiveMutation();
  return user.active ? (
    <button
      className="nhsuk-button nhsuk-button--warning"
      type="button"
      disabled={loading}
      onClick={() => void setUserActive(user.id, false)}
    >
      Deactivate user
    </button>
  ) : (
    <button
      className="nhsuk-button nhsuk-button--secondary"
      type="button"
      disabled={loading}
      onClick={() => void setUserActive(user.id, true)}
    >
      Reactivate user
    </button>
  );
}

function Memberships({ user }: { user: UserDetails_UserFragment }) {
  const [removeMembership, { loading }] = useRemoveMembershipMutation();
  // Removing is a two-step action: "Remove" asks, "Yes, remove" does it.
  const [confirming, setConfirming] = useState<string | null>(null);

  return (
    <>
      <h2>Memberships</h2>
      {user.memberships.length === 0 ? (
        <p>{user.name} holds no memberships, so they cannot act anywhere.</p>
      ) : (
        <ResponsiveTable
          caption={`Memberships of ${user.name}`}
          columns={['Organisation', 'ODS code', 'Role', 'Action']}
        >
          {user.memberships.map((membership) => {
            const where = membership.organisation?.name ?? membership.supplier?.name ?? 'All organisations';
            const what = `${roleLabels[membership.role]} at ${where}`;
            return (
              <Row key={membership.id}>
                <RowHeader column="Organisation">{where}</RowHeader>
                <Cell column="ODS code">{membership.organisation?.odsCode ?? ''}</Cell>
                <Cell column="Role">{roleLabels[membership.role]}</Cell>
                <Cell column="Action">
                  {confirming === membership.id ? (
                    <div className="nhsuk-button-group">
                      <button
                        className="nhsuk-button nhsuk-button--warning nhsuk-button--small"
                        type="button"
                        disabled={loading}
                        onClick={() => void removeMembership(membership).then(() => setConfirming(null))}
                      >
                        Yes, remove<span className="nhsuk-u-visually-hidden"> {what}</span>
                      </button>
                      <button
                        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                        type="button"
                        onClick={() => setConfirming(null)}
                      >
                        Cancel
                      </button>
                    </div>
                  ) : (
                    <button
                      className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                      type="button"
                      onClick={() => setConfirming(membership.id)}
                    >
                      Remove<span className="nhsuk-u-visually-hidden"> {what}</span>
                    </button>
                  )}
                </Cell>
              </Row>
            );
          })}
        </ResponsiveTable>
      )}
    </>
  );
}

const membershipIds = Object.fromEntries(membershipFields.map(({ field, id }) => [field, id])) as Record<
  MembershipField,
  string
>;
const noMembership: MembershipValues = { role: '', odsCode: '', supplierId: '' };

function AddMembershipForm({ userId }: { userId: string }) {
  const [values, setValues] = useState<MembershipValues>(noMembership);
  const [errors, setErrors] = useState<FormErrors<MembershipField> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [addMembership, { loading }] = useAddMembershipMutation(userId);

  const show = (next: FormErrors<MembershipField>) => {
    setErrors(next);
    setAttempt((count) => count + 1);
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const invalid = validateMembershipForm(values);
    if (hasErrors(invalid) || values.role === '') return show(invalid);
    const outcome = await addMembership(membershipInput({ ...values, role: values.role }));
    if (outcome.kind === 'done') {
      setErrors(null);
      setValues(noMembership);
    } else if (outcome.kind === 'refused') {
      show(errorsFromServer(outcome.userErrors, membershipFieldOf));
    } else {
      show({ ...noErrors(), form: [SERVICE_PROBLEM] });
    }
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h2>Add a membership</h2>
        {errors && <ErrorSummary key={attempt} errors={summaryItems(errors, membershipFields)} />}
        <form noValidate onSubmit={(event) => void onSubmit(event)} aria-label="Add a membership">
          <MembershipFields
            ids={membershipIds}
            values={values}
            errors={errors?.fields ?? {}}
            onChange={setValues}
          />
          <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={loading}>
            Add membership
          </button>
        </form>
      </div>
    </div>
  );
}
