import { h, show, uniqueId } from './dom.ts';
import { CODE_LENGTH, otpMessages, type OtpState } from './otp-state.ts';

/** The view of the six-digit code entry; the Link login flow owns its state. */
export interface OtpEntry {
  readonly element: HTMLElement;
  /** Shows a state: the boxes, the message, whether a new code can be asked for. */
  render(state: OtpState, prompt: string): void;
  /** Focuses the controlling input (only when this frame already has focus: never steal it from the page). */
  focus(): void;
}

/**
 * Link's code entry: six visible boxes driven by ONE controlling input
 * (`input[name="codeControllingInput"]`, DESIGN.md), laid invisibly over the boxes so that a
 * click anywhere on them focuses it, typing or pasting fills them, and a one-time-code autofill
 * or a driver's `fill('424242')` lands in one place.
 *
 * @example
 * const otp = otpEntry({ onTyped: (v) => login.typed(v), onResend: () => login.resend() });
 */
export function otpEntry(handlers: { onTyped(value: string): void; onResend(): void }): OtpEntry {
  const id = uniqueId('otp');
  const boxes = Array.from({ length: CODE_LENGTH }, () => h('span', { class: 'otp-box' }));
  const input = h('input', {
    id: `${id}-input`,
    class: 'otp-input',
    name: 'codeControllingInput',
    'data-testid': 'code-controlling-input',
    type: 'text',
    autocomplete: 'one-time-code',
    inputmode: 'numeric',
    pattern: '[0-9]*',
    maxlength: CODE_LENGTH,
    spellcheck: 'false',
    'aria-describedby': `${id}-prompt ${id}-message`,
  });
  const field = h(
    'div',
    { class: 'otp-field' },
    h('label', { class: 'visually-hidden', for: input.id }, 'Verification code'),
    h('div', { class: 'otp-boxes', 'aria-hidden': 'true' }, ...boxes),
    input,
  );
  const title = h('h2', { class: 'otp-title', id: `${id}-title` }, h('span', { class: 'link-badge' }, 'link'), "Confirm it's you");
  const prompt = h('p', { class: 'notice', id: `${id}-prompt` });
  const message = h('p', { class: 'notice', id: `${id}-message`, 'aria-live': 'polite' });
  const resend = h('button', { type: 'button', class: 'text-button' }, 'Send a new code');
  const element = h('section', { class: 'otp', 'aria-labelledby': title.id }, title, prompt, field, message, h('div', { class: 'otp-actions' }, resend));

  let current: OtpState | null = null;
  const paintBoxes = () => {
    const code = current?.code ?? '';
    boxes.forEach((box, i) => {
      box.textContent = code[i] ?? '';
      box.classList.toggle('is-current', i === Math.min(code.length, CODE_LENGTH - 1));
    });
  };
  input.addEventListener('input', () => handlers.onTyped(input.value));
  input.addEventListener('focus', () => field.classList.add('is-focused'));
  input.addEventListener('blur', () => field.classList.remove('is-focused'));
  resend.addEventListener('click', () => handlers.onResend());

  return {
    element,
    render(state, promptText) {
      current = state;
      if (input.value !== state.code) input.value = state.code;
      const busy = state.status === 'checking' || state.status === 'sending';
      input.readOnly = busy;
      element.setAttribute('aria-busy', String(busy));
      element.classList.toggle('is-busy', busy);
      field.classList.toggle('is-invalid', state.status === 'invalid' || state.status === 'expired');
      input.setAttribute('aria-invalid', String(state.status === 'invalid' || state.status === 'expired'));
      prompt.textContent = promptText;
      message.textContent = state.message ?? '';
      message.classList.toggle('is-error', state.message !== null && state.message !== otpMessages.resent);
      show(resend, state.status === 'expired' || state.status === 'sending');
      resend.disabled = state.status === 'sending';
      paintBoxes();
    },
    focus() {
      if (document.hasFocus()) input.focus();
    },
  };
}
