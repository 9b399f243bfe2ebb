import { builtins } from '../../builtins.ts';
import type { InitMessage, LinkSession, StripeJsError, ToFrame } from '../../protocol.ts';
import { emulatorApi } from '../shared/api.ts';
import { isEmail, sameEmail } from '../shared/email.ts';
import type { FrameApp, FrameContext } from '../shared/frame.ts';
import { linkApi } from '../shared/link-api.ts';
import { LinkLogin } from '../shared/link-login.ts';
import { linkLoginView } from '../shared/link-login-view.ts';
import { rememberedSessions } from '../shared/remembered-session.ts';
import { frameStorage } from '../shared/storage.ts';
import { validationError } from '../shared/stripe-errors.ts';
import { emailField, emailProblem } from './email-field.ts';

/** How long typing must pause before the email is looked up: UI debounce, so Link is not asked per keystroke. */
const SETTLE_MS = 600;

const defaultEmailOf = (options: Record<string, unknown>): string | null => {
  const email = (options.defaultValues as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email : null;
};

/**
 * The Link Authentication Element. It owns Link login when mounted: it looks the email up,
 * runs the code entry, recognises returning shoppers, and tells the parent (`email`,
 * `link-session`), which passes both on to the Payment Element.
 */
export class LinkAuthenticationFrame implements FrameApp {
  private readonly field = emailField();
  private login!: LinkLogin;
  private readonly view = linkLoginView(() => this.login, { signedInLine: true, onLogOut: () => this.loggedOut() });
  private settleTimer: ReturnType<typeof builtins.setTimeout> | undefined;
  /** The email last told to the parent, so each change is said once. */
  private announced: string | null = null;

  constructor(private readonly ctx: FrameContext) {}

  async start(init: InitMessage): Promise<StripeJsError | null> {
    const link = linkApi(emulatorApi(init.publishableKey));
    const remembered = rememberedSessions(frameStorage(), init.publishableKey);
    this.login = new LinkLogin(link, remembered, {
      onChange: (step, otp) => this.view.render(step, otp),
      onSession: (session) => this.sessionChanged(session),
    });
    this.ctx.root.append(this.field.element, this.view.element);
    this.wireField();
    const prefilled = defaultEmailOf(init.options) ?? init.email;
    if (prefilled) this.field.input.value = prefilled;
    await this.login.restore({ intentClientSecret: init.clientSecret, email: prefilled && isEmail(prefilled) ? prefilled : null });
    if (prefilled && isEmail(prefilled)) this.announce(prefilled);
    // The first change event follows `ready`, as Stripe's element reports a prefilled email.
    builtins.setTimeout(() => this.postChange(), 0);
    return null;
  }

  receive(message: ToFrame): void {
    switch (message.type) {
      case 'focus':
        return this.field.input.focus();
      case 'blur':
        return this.field.input.blur();
      case 'clear':
        this.field.input.value = '';
        this.field.showError(null);
        this.login.clear();
        this.announce(null);
        return this.postChange();
      case 'link-session':
        return this.login.adopt(message.session);
      case 'submit': {
        const problem = emailProblem(this.field.input.value);
        this.field.showError(problem?.message ?? null);
        const error = problem ? validationError(problem.code, problem.message, 'email') : null;
        return this.ctx.parent.post({ type: 'submit-result', requestId: message.requestId, error });
      }
      default:
        return;
    }
  }

  private wireField(): void {
    const { input } = this.field;
    input.addEventListener('input', () => {
      if (input.getAttribute('aria-invalid') === 'true' && !emailProblem(input.value)) this.field.showError(null);
      this.postChange();
      if (this.settleTimer !== undefined) builtins.clearTimeout(this.settleTimer);
      this.settleTimer = builtins.setTimeout(() => this.settle(false), SETTLE_MS);
    });
    input.addEventListener('blur', () => this.settle(true));
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') this.settle(true);
    });
  }

  /** The shopper stopped typing (or left the field): look a valid email up, forget an invalid one. */
  private settle(leaving: boolean): void {
    if (this.settleTimer !== undefined) builtins.clearTimeout(this.settleTimer);
    this.settleTimer = undefined;
    const value = this.field.input.value.trim();
    const problem = emailProblem(value);
    if (leaving && value !== '' && problem) this.field.showError(problem.message);
    if (problem) {
      this.login.clear();
      return this.announce(null);
    }
    this.announce(value);
    void this.login.lookUp(value);
  }

  private announce(email: string | null): void {
    if (email === this.announced || (email !== null && sameEmail(email, this.announced))) return;
    this.announced = email;
    this.ctx.parent.post({ type: 'email', email });
  }

  private sessionChanged(session: LinkSession | null): void {
    // The session goes first: a Payment Element that hears of it before the email knows the
    // shopper is logged in, and does not look the email up as if it were new.
    this.ctx.parent.post({ type: 'link-session', session });
    if (session && !sameEmail(this.field.input.value, session.email_address)) {
      this.field.input.value = session.email_address;
      this.announce(session.email_address);
      this.postChange();
    }
  }

  /** "Log out" means "not me": the field empties for another email. */
  private loggedOut(): void {
    this.field.input.value = '';
    this.announce(null);
    this.postChange();
    this.field.input.focus();
  }

  private postChange(): void {
    const email = this.field.input.value.trim();
    this.ctx.parent.post({
      type: 'change',
      event: { elementType: 'linkAuthentication', empty: email === '', complete: isEmail(email), value: { email } },
    });
  }
}
