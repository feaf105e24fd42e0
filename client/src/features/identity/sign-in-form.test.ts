import { describe, expect, it } from 'vitest';
import { errorsFromServer, hasErrors, summaryItems, validateSignIn } from './sign-in-form';

const ids = { email: 'email', password: 'password' };

describe('validateSignIn', () => {
  it('asks for both fields when both are empty, in the order of the form', () => {
    const errors = validateSignIn({ email: '', password: '' });
    expect(errors.fields).toEqual({ email: 'Enter your email address', password: 'Enter your password' });
    expect(summaryItems(errors, ids)).toEqual([
      { text: 'Enter your email address', href: '#email' },
      { text: 'Enter your password', href: '#password' },
    ]);
  });

  it('treats an email address of spaces as empty', () => {
    expect(validateSignIn({ email: '   ', password: 'x' }).fields).toEqual({
      email: 'Enter your email address',
    });
  });

  it.each(['priya', 'priya@', '@royalfree.example', 'priya procurement@royalfree.example'])(
    'asks for an email address in the correct format instead of %j',
    (email) => {
      expect(validateSignIn({ email, password: 'x' }).fields).toEqual({
        email: 'Enter an email address in the correct format, like name@example.com',
      });
    },
  );

  it('accepts an address with spaces around it (the server trims them) and any password', () => {
    const errors = validateSignIn({ email: ' procurement@royalfree.example ', password: ' ' });
    expect(hasErrors(errors)).toBe(false);
  });
});

describe('errorsFromServer', () => {
  it('puts wrong credentials on the email field, in the words of the server', () => {
    const message = 'The email address or password is not right.';
    const errors = errorsFromServer([{ code: 'INVALID_CREDENTIALS', field: null, message }]);
    expect(errors).toEqual({ fields: { email: message }, form: [] });
    expect(summaryItems(errors, ids)).toEqual([{ text: message, href: '#email' }]);
  });

  it('shows too many attempts in the summary only, since no field is at fault', () => {
    const message = 'Too many failed attempts. Try again in 4 seconds.';
    const errors = errorsFromServer([{ code: 'TOO_MANY_ATTEMPTS', field: null, message }]);
    expect(errors).toEqual({ fields: {}, form: [message] });
    expect(summaryItems(errors, ids)).toEqual([{ text: message }]);
  });

  it('links an error about a named field to that field', () => {
    const errors = errorsFromServer([{ code: 'INVALID', field: ['input', 'password'], message: 'Too long' }]);
    expect(errors.fields).toEqual({ password: 'Too long' });
  });
});
