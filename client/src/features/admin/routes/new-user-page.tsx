import { useState, type FormEvent } from 'react';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { BackLink } from '../../../shared/ui/back-link';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { PasswordInput } from '../../../shared/ui/password-input';
import { TextInput } from '../../../shared/ui/text-input';
import { MembershipFields } from '../components/membership-fields';
import { RequireRight } from '../components/require-right';
import { useCreateUserMutation } from '../mutations/use-create-user-mutation';
import {
  errorsFromServer,
  hasErrors,
  membershipInput,
  newUserFieldOf,
  PASSWORD_MIN_LENGTH,
  summaryItems,
  validateNewUser,
  type FormErrors,
  type NewUserField,
  type NewUserValues,
} from '../user-form';

const fieldIds: Record<NewUserField, string> = {
  name: 'name',
  email: 'email',
  password: 'password',
  role: 'role',
  odsCode: 'ods-code',
  supplierId: 'supplier',
};
const fieldOrder: NewUserField[] = ['name', 'email', 'password', 'role', 'odsCode', 'supplierId'];

type Problem =
  { kind: 'none' } | { kind: 'invalid'; errors: FormErrors<NewUserField> } | { kind: 'unavailable' };

/** `/admin/users/new`: a new user and their first membership. */
export function NewUserPage() {
  return (
    <RequireRight right="viewerCanManageUsers">
      <NewUserForm />
    </RequireRight>
  );
}

function NewUserForm() {
  const [values, setValues] = useState<NewUserValues>({
    name: '',
    email: '',
    password: '',
    role: '',
    odsCode: '',
    supplierId: '',
  });
  const [problem, setProblem] = useState<Problem>({ kind: 'none' });
  const [attempt, setAttempt] = useState(0);
  const [createUser, { loading }] = useCreateUserMutation();
  usePageTitle('Create a user', { error: problem.kind !== 'none' });

  const show = (next: Problem) => {
    setProblem(next);
    setAttempt((count) => count + 1);
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const invalid = validateNewUser(values);
    if (hasErrors(invalid)) return show({ kind: 'invalid', errors: invalid });
    if (values.role === '') return;
    const outcome = await createUser({
      name: values.name,
      email: values.email,
      password: values.password,
      membership: membershipInput({ ...values, role: values.role }),
    });
    if (outcome.kind === 'unavailable') show({ kind: 'unavailable' });
    if (outcome.kind === 'refused')
      show({ kind: 'invalid', errors: errorsFromServer(outcome.userErrors, newUserFieldOf) });
  }

  const errors = problem.kind === 'invalid' ? problem.errors.fields : {};
  const change = (field: 'name' | 'email' | 'password') => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  return (
    <>
      <BackLink to="/admin/users">Back to users</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {problem.kind === 'invalid' && (
            <ErrorSummary key={attempt} errors={summaryItems(problem.errors, fieldIds, fieldOrder)} />
          )}
          {problem.kind === 'unavailable' && (
            <ErrorSummary key={attempt} title="Sorry, there is a problem with the service" errors={[]}>
              <p>The user could not be created. Try again later.</p>
            </ErrorSummary>
          )}
          <h1>Create a user</h1>
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <TextInput
              id={fieldIds.name}
              name="name"
              label="Full name"
              autoComplete="off"
              spellCheck={false}
              value={values.name}
              onChange={change('name')}
              error={errors.name}
            />
            <TextInput
              id={fieldIds.email}
              name="email"
              type="email"
              label="Email address"
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="none"
              value={values.email}
              onChange={change('email')}
              error={errors.email}
            />
            <PasswordInput
              id={fieldIds.password}
              name="password"
              label="Initial password"
              hint={`At least ${PASSWORD_MIN_LENGTH} characters. Give it to them in person or by phone, not by email.`}
              autoComplete="new-password"
              value={values.password}
              onChange={change('password')}
              error={errors.password}
            />
            <fieldset className="nhsuk-fieldset">
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">First membership</legend>
              <MembershipFields
                ids={{ role: fieldIds.role, odsCode: fieldIds.odsCode, supplierId: fieldIds.supplierId }}
                values={values}
                errors={errors}
                onChange={(membership) => setValues((current) => ({ ...current, ...membership }))}
              />
            </fieldset>
            <button className="nhsuk-button" type="submit" disabled={loading}>
              Create user
            </button>
          </form>
        </div>
      </div>
    </>
  );
}
