import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { PasswordInput } from '../../../shared/ui/password-input';
import { TextInput } from '../../../shared/ui/text-input';
import { useSignInMutation } from '../mutations/use-sign-in-mutation';
import { safeReturnTo } from '../return-to';
import {
  errorsFromServer,
  hasErrors,
  noErrors,
  summaryItems,
  validateSignIn,
  type SignInErrors,
  type SignInField,
  type SignInValues,
} from '../sign-in-form';

const fieldIds: Record<SignInField, string> = { email: 'email', password: 'password' };

type Problem = { kind: 'none' } | { kind: 'invalid'; errors: SignInErrors } | { kind: 'unavailable' };

/** `/sign-in?returnTo=/somewhere`: email and password, then back to where the person was. */
export function SignInPage() {
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnTo(searchParams.get('returnTo'));
  const [values, setValues] = useState<SignInValues>({ email: '', password: '' });
  const [problem, setProblem] = useState<Problem>({ kind: 'none' });
  // Each failed attempt shows a new summary, which takes focus so the problem is heard again.
  const [attempt, setAttempt] = useState(0);
  const [signIn, { loading }] = useSignInMutation();

  usePageTitle('Sign in', { error: problem.kind !== 'none' });

  const show = (next: Problem) => {
    setProblem(next);
    setAttempt((count) => count + 1);
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const invalid = validateSignIn(values);
    if (hasErrors(invalid)) return show({ kind: 'invalid', errors: invalid });

    const outcome = await signIn(values, returnTo);
    if (outcome.kind === 'signed-in') return;
    if (outcome.kind === 'unavailable') return show({ kind: 'unavailable' });
    // A refused password is not left in the field to be submitted again.
    setValues((current) => ({ ...current, password: '' }));
    show({ kind: 'invalid', errors: errorsFromServer(outcome.userErrors) });
  }

  const errors = problem.kind === 'invalid' ? problem.errors : noErrors;
  const change = (field: SignInField) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {problem.kind === 'invalid' && <ErrorSummary key={attempt} errors={summaryItems(errors, fieldIds)} />}
        {problem.kind === 'unavailable' && (
          <ErrorSummary key={attempt} title="Sorry, there is a problem with the service" errors={[]}>
            <p>You could not be signed in. Try again later.</p>
          </ErrorSummary>
        )}

        <h1>Sign in</h1>
        <p>Sign in with the email address and password of your Concord account.</p>

        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <TextInput
            id={fieldIds.email}
            name="email"
            type="email"
            label="Email address"
            autoComplete="email"
            spellCheck={false}
            autoCapitalize="none"
            value={values.email}
            onChange={change('email')}
            error={errors.fields.email}
          />
          <PasswordInput
            id={fieldIds.password}
            name="password"
            label="Password"
            autoComplete="current-password"
            value={values.password}
            onChange={change('password')}
            error={errors.fields.password}
          />
          <button className="nhsuk-button" type="submit">
            Sign in
          </button>
        </form>

        <p>If you do not have an account, ask the Concord administrator at your organisation.</p>
      </div>
    </div>
  );
}
