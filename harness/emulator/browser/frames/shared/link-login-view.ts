import { h, replaceChildren, show } from './dom.ts';
import type { LinkLogin, LinkLoginStep } from './link-login.ts';
import { otpEntry } from './otp-entry.ts';
import type { OtpState } from './otp-state.ts';

/** Where the code was sent, in the prompt above the boxes. */
export function codePrompt(step: Extract<LinkLoginStep, { step: 'verifying' }>): string {
  const to = step.sentTo ?? (step.channel === 'SMS' ? 'your phone' : step.email);
  return `Enter the code sent to ${to} to use your saved payment details.`;
}

/**
 * The part of a frame that shows Link login: the code entry while verifying, the
 * "Link is unavailable" notice when locked, and (when `signedInLine` is on) "Signed in with Link
 * as …" with a Log out button. Shared by the Link Authentication Element and by a Payment
 * Element mounted alone with a prefilled email.
 *
 * @example
 * const view = linkLoginView(() => login, { signedInLine: true });
 * root.append(view.element);
 * // in LinkLogin's onChange: view.render(step, otp)
 */
export function linkLoginView(login: () => LinkLogin, opts: { signedInLine: boolean; onLogOut?: () => void }) {
  const otp = otpEntry({ onTyped: (v) => login().typed(v), onResend: () => void login().resend() });
  const status = h('div', { class: 'link-login-status', 'aria-live': 'polite' });
  const element = h('div', { class: 'link-login' }, otp.element, status);
  show(otp.element, false);
  show(element, false);
  let shownStep: LinkLoginStep['step'] = 'none';

  function renderStatus(step: LinkLoginStep): void {
    if (step.step === 'locked') {
      return replaceChildren(status, h('p', { class: 'notice is-error link-locked', role: 'status' }, step.message));
    }
    if (step.step === 'signed-in' && opts.signedInLine) {
      const logOut = h('button', { type: 'button', class: 'text-button' }, 'Log out');
      logOut.addEventListener('click', () => {
        void login().logOut();
        opts.onLogOut?.();
      });
      return replaceChildren(
        status,
        h(
          'div',
          { class: 'link-status' },
          h('p', { class: 'notice' }, h('span', { class: 'link-badge' }, 'link'), h('span', {}, `Signed in with Link as ${step.session.email_address}`)),
          logOut,
        ),
      );
    }
    replaceChildren(status);
  }

  return {
    element,
    render(step: LinkLoginStep, state: OtpState): void {
      const verifying = step.step === 'verifying';
      show(otp.element, verifying);
      if (verifying) otp.render(state, codePrompt(step));
      if (step.step !== shownStep) {
        renderStatus(step);
        show(element, verifying || status.childElementCount > 0);
        // A code entry that just appeared takes focus, if the shopper is in this frame already.
        if (verifying) otp.focus();
      }
      shownStep = step.step;
    },
  };
}
