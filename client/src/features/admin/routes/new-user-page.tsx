import { useState, type FormEvent } from 'react';
import { hasErrors } from '../../../shared/forms/form-errors';
import { FormProblemSummary, useFormProblem } from '../../../shared/forms/form-problem';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { BackLink } from '../../../shared/ui/back-link';
import { PasswordInput } from '../../../shared/ui/password-input';
import { TextInput } from '../../../shared/ui/text-input';
import { RequireRight } from '../../identity/components/access';
import { MembershipFields } from '../components/membership-fields';
import { useCreateUserMutation } from '../mutations/use-create-user-mutation';
import {
  membershipInput,
  newUserFieldOf,
  newUserFields,
  PASSWORD_MIN_LENGTH,
  validateNewUser,
  type NewUserField,
  type NewUserValues,
} from '../user-form';

const fieldIds = Object.fromEntries(newUserFields.map(({ field, id }) => [field, id])) as Record<
  NewUserField,
  string
>;

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
  const form = useFormProblem<NewUserField>();
  const [createUser, { loading }] = useCreateUserMutation();
  usePageTitle('Create a user', { error: form.problem.kind !== 'none' });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const invalid = validateNewUser(values);
    if (hasErrors(invalid)) return form.show({ kind: 'invalid', errors: invalid });
    if (values.role === '') return;
    const outcome = await createUser({
      name: values.name,
      email: values.email,
      password: values.password,
      membership: membershipInput({ ...values, role: values.role }),
    });
    form.showOutcome(outcome, newUserFieldOf);
  }

  const errors = form.fieldErrors;
  const change = (field: 'name' | 'email' | 'password') => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  return (
    <>
      <BackLink to="/admin/users">Back to users</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <FormProblemSummary
            problem={form.problem}
            attempt={form.attempt}
            fields={newUserFields}
            what="user"
            action="created"
          />
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
