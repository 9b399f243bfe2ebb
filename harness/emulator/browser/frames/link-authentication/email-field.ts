import { h, uniqueId } from '../shared/dom.ts';
import { isEmail } from '../shared/email.ts';

export const emailMessages = {
  incomplete: 'Your email is incomplete.',
  invalid: 'Your email address is invalid.',
} as const;

/** The validation error of an email value, or null when it is a usable address. */
export function emailProblem(value: string): { code: 'incomplete_email' | 'invalid_email'; message: string } | null {
  if (value.trim() === '') return { code: 'incomplete_email', message: emailMessages.incomplete };
  return isEmail(value) ? null : { code: 'invalid_email', message: emailMessages.invalid };
}

/** The labelled email input of the Link Authentication Element (`input[name="email"]`). */
export function emailField() {
  const id = uniqueId('email');
  const input = h('input', {
    id,
    class: 'input',
    name: 'email',
    type: 'email',
    autocomplete: 'email',
    inputmode: 'email',
    spellcheck: 'false',
    placeholder: 'you@example.com',
    'aria-describedby': `${id}-error`,
  });
  const error = h('p', { class: 'field-error', id: `${id}-error`, 'aria-live': 'polite' });
  const element = h('div', { class: 'field email-field' }, h('label', { class: 'label', for: id }, 'Email'), input, error);
  return {
    element,
    input,
    /** Shows (or clears, with null) the message under the field. */
    showError(message: string | null) {
      error.textContent = message ?? '';
      input.setAttribute('aria-invalid', String(message !== null));
    },
  };
}
