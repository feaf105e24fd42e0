import { useEffect, useRef, useState, type InputHTMLAttributes, type Ref } from 'react';
import { describedBy, FormGroup } from './form-group';

type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'className' | 'type' | 'aria-describedby' | 'spellCheck' | 'autoCapitalize'
>;

/**
 * The NHS password input: the password hidden by default, with a button to show it. Written in
 * React rather than by nhsuk-frontend's script, with the same labels and screen reader messages.
 */
export function PasswordInput({
  id,
  label,
  hint,
  error,
  ref,
  ...input
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  ref?: Ref<HTMLInputElement>;
} & InputProps) {
  const [visible, setVisible] = useState(false);
  // Empty until the person toggles, so nothing is announced when the page loads.
  const [status, setStatus] = useState('');

  // Hidden again whenever its form is submitted, so a shown password is not left on screen.
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const form = wrapper.current?.closest('form');
    if (!form) return;
    const hide = () => {
      setVisible(false);
      setStatus((shown) => (shown ? 'Your password is hidden' : shown));
    };
    form.addEventListener('submit', hide);
    return () => form.removeEventListener('submit', hide);
  }, []);

  const toggle = () => {
    setVisible(!visible);
    setStatus(visible ? 'Your password is hidden' : 'Your password is visible');
  };

  return (
    <FormGroup id={id} label={label} hint={hint} error={error} className="nhsuk-password-input">
      <div className="nhsuk-input-wrapper" ref={wrapper}>
        <input
          className={`nhsuk-input nhsuk-password-input__input${error ? ' nhsuk-input--error' : ''}`}
          id={id}
          type={visible ? 'text' : 'password'}
          spellCheck={false}
          autoCapitalize="none"
          aria-describedby={describedBy(id, hint, error)}
          ref={ref}
          {...input}
        />
        <div className="nhsuk-password-input__sr-status nhsuk-u-visually-hidden" aria-live="polite">
          {status}
        </div>
        <button
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-password-input__toggle"
          type="button"
          aria-label={visible ? 'Hide password' : 'Show password'}
          aria-controls={id}
          onClick={toggle}
        >
          {visible ? 'Hide' : 'Show'}
        </button>
      </div>
    </FormGroup>
  );
}
