import type { LinkSession } from '../../protocol.ts';
import { normalizeEmail, sameEmail } from './email.ts';
import { isVerified, type ConsumerSession, type LinkApi, type LookupAnswer, type OtpChannel } from './link-api.ts';
import { initialOtpState, otpMessages, otpOutcome, otpReducer, readyToSubmit, type OtpState } from './otp-state.ts';
import type { RememberedSessions } from './remembered-session.ts';

/**
 * Where a shopper stands with Link in this frame.
 * - `none`: no email to look up yet (or the shopper logged out).
 * - `new-shopper`: no Link account for the email; the Payment Element offers the opt-in.
 * - `verifying`: a known shopper; a code was sent (see `otp`).
 * - `locked`: Link is unavailable for this email; the shopper pays with a card.
 * - `signed-in`: logged in; the Payment Element shows the wallet.
 */
export type LinkLoginStep =
  | { step: 'none' }
  | { step: 'looking-up'; email: string }
  | { step: 'new-shopper'; email: string }
  | { step: 'verifying'; email: string; secret: string; channel: OtpChannel; sentTo: string | null }
  | { step: 'locked'; email: string; message: string }
  | { step: 'signed-in'; session: LinkSession };

export interface LinkLoginHooks {
  /** Every change of step or code-entry state. */
  onChange(step: LinkLoginStep, otp: OtpState): void;
  /** The shopper logged in (a session) or is no longer (null: logged out, locked, other email). */
  onSession(session: LinkSession | null): void;
}

const lockedMessage = 'Link is unavailable for this email right now. Continue with your card details.';

/**
 * The Link login flow of one frame: recognise a returning shopper (remembered in the frame's
 * storage, or by the intent's persistent token), look an email up, send a code, check it, log
 * out. It owns no DOM: frames render its steps and feed it what the shopper types.
 *
 * Every lookup bumps a generation; answers that arrive for an older one are dropped, so a
 * shopper who edits the email mid-request never sees a stale code entry.
 *
 * @example
 * const login = new LinkLogin(linkApi(api), remembered, { onChange: render, onSession: tellParent });
 * await login.restore({ intentClientSecret, email: 'jenny@example.com' });
 */
export class LinkLogin {
  step: LinkLoginStep = { step: 'none' };
  otp: OtpState = initialOtpState;
  private generation = 0;

  constructor(
    private readonly link: LinkApi,
    private readonly remembered: RememberedSessions,
    private readonly hooks: LinkLoginHooks,
  ) {}

  /** The email the flow is about, if any. */
  get email(): string | null {
    return this.step.step === 'none' ? null : this.step.step === 'signed-in' ? this.step.session.email_address : this.step.email;
  }

  /**
   * On load: the shopper Link remembers in its own storage (Chrome-like), else the intent's
   * persistent token (the merchant-cookie path), else a lookup of the prefilled email.
   */
  async restore(q: { intentClientSecret: string | null; email: string | null }): Promise<void> {
    const gen = ++this.generation;
    const saved = this.remembered.read();
    if (saved && (!q.email || sameEmail(saved.email_address, q.email))) {
      const wallet = await this.link.listPaymentDetails(saved.client_secret);
      if (gen !== this.generation) return;
      if (wallet.ok) return this.signIn({ client_secret: saved.client_secret, email_address: saved.email_address, via: 'remembered' });
      this.remembered.forget();
    }
    if (q.intentClientSecret) {
      const found = await this.link.lookup({ intent_client_secret: q.intentClientSecret, ...(q.email ? { email_address: q.email } : {}) });
      if (gen !== this.generation) return;
      const session = found.ok ? found.body.consumer_session : null;
      if (session && isVerified(session))
        return this.signIn({ client_secret: session.client_secret, email_address: session.email_address, via: 'persistent_token' });
      if (found.ok && q.email) return this.answered(gen, q.email, found.body);
    }
    if (q.email) await this.lookUp(q.email);
  }

  /** Looks an email up, unless the flow is already about that email. */
  async lookUp(email: string): Promise<void> {
    if (this.email !== null && sameEmail(this.email, email)) return;
    const gen = ++this.generation;
    if (this.step.step === 'signed-in') this.hooks.onSession(null);
    this.set({ step: 'looking-up', email });
    const found = await this.link.lookup({ email_address: email });
    if (gen !== this.generation) return;
    if (!found.ok) return this.set({ step: 'none' });
    await this.answered(gen, email, found.body);
  }

  /** Forgets the email (the field was emptied or made invalid). */
  clear(): void {
    if (this.step.step === 'none') return;
    this.generation++;
    const wasSignedIn = this.step.step === 'signed-in';
    this.set({ step: 'none' });
    if (wasSignedIn) this.hooks.onSession(null);
  }

  /** What the shopper typed into the code entry; six digits are checked at once. */
  typed(value: string): void {
    if (this.step.step !== 'verifying') return;
    this.setOtp(otpReducer(this.otp, { type: 'typed', value }));
    if (readyToSubmit(this.otp)) void this.checkCode(this.step);
  }

  /** "Send a new code" after an expired one. */
  async resend(): Promise<void> {
    const step = this.step;
    if (step.step !== 'verifying') return;
    const gen = this.generation;
    this.setOtp(otpReducer(this.otp, { type: 'sending' }));
    const sent = await this.link.startVerification(step.secret, step.channel);
    if (gen !== this.generation) return;
    if (sent.ok) return this.setOtp(otpReducer(this.otp, { type: 'sent' }));
    if (otpOutcome(sent.error) === 'locked') return this.lock(step.email, sent.error.message);
    this.setOtp(otpReducer(this.otp, { type: 'send-failed', message: `We could not send a new code: ${sent.error.message}` }));
  }

  /** "Log out": ends the session at Link and in this frame's storage. */
  async logOut(): Promise<void> {
    if (this.step.step !== 'signed-in') return;
    const secret = this.step.session.client_secret;
    this.generation++;
    this.remembered.forget();
    this.set({ step: 'none' });
    this.hooks.onSession(null);
    await this.link.logOut(secret);
  }

  /**
   * A session another frame established (the Payment Element's Link sign-up), or its end. Shown
   * here without telling anyone: the parent already knows.
   */
  adopt(session: LinkSession | null): void {
    if (session && this.step.step !== 'signed-in') {
      this.generation++;
      this.set({ step: 'signed-in', session });
    } else if (!session && this.step.step === 'signed-in') {
      this.generation++;
      this.set({ step: 'none' });
    }
  }

  private async answered(gen: number, email: string, found: LookupAnswer): Promise<void> {
    // The API's own message speaks to developers; the shopper reads ours.
    if (found.locked) return this.lock(email, lockedMessage);
    if (!found.exists || !found.consumer_session) return this.set({ step: 'new-shopper', email });
    await this.startVerification(gen, email, found.consumer_session);
  }

  /** Sends a code by SMS, or by email when SMS cannot be used. */
  private async startVerification(gen: number, email: string, session: ConsumerSession): Promise<void> {
    let channel: OtpChannel = 'SMS';
    let started = await this.link.startVerification(session.client_secret, channel);
    if (!started.ok && otpOutcome(started.error) !== 'locked') {
      channel = 'EMAIL';
      started = await this.link.startVerification(session.client_secret, channel);
    }
    if (gen !== this.generation) return;
    if (!started.ok) return this.lock(email, otpOutcome(started.error) === 'locked' ? started.error.message : lockedMessage);
    const phone = started.body.consumer_session.redacted_formatted_phone_number;
    this.otp = initialOtpState;
    this.set({ step: 'verifying', email, secret: session.client_secret, channel, sentTo: channel === 'SMS' ? phone : normalizeEmail(email) });
  }

  private async checkCode(step: Extract<LinkLoginStep, { step: 'verifying' }>): Promise<void> {
    const gen = this.generation;
    const code = this.otp.code;
    this.setOtp(otpReducer(this.otp, { type: 'checking' }));
    const checked = await this.link.confirmVerification(step.secret, code, step.channel);
    if (gen !== this.generation) return;
    const outcome = otpOutcome(checked.ok ? null : checked.error);
    if (checked.ok) {
      this.setOtp(otpReducer(this.otp, { type: 'answered', outcome }));
      const s = checked.body.consumer_session;
      return this.signIn({ client_secret: s.client_secret, email_address: s.email_address, via: 'otp' });
    }
    if (outcome === 'locked') return this.lock(step.email, otpMessages.locked);
    this.setOtp(otpReducer(this.otp, { type: 'answered', outcome, ...(outcome === 'failed' ? { message: checked.error.message } : {}) }));
  }

  private lock(email: string, message: string): void {
    this.otp = otpReducer(this.otp, { type: 'answered', outcome: 'locked', message });
    this.set({ step: 'locked', email, message });
    this.hooks.onSession(null);
  }

  private signIn(session: LinkSession): void {
    this.remembered.save({ client_secret: session.client_secret, email_address: session.email_address });
    this.set({ step: 'signed-in', session });
    this.hooks.onSession(session);
  }

  private set(step: LinkLoginStep): void {
    this.step = step;
    this.hooks.onChange(step, this.otp);
  }

  private setOtp(otp: OtpState): void {
    this.otp = otp;
    this.hooks.onChange(this.step, otp);
  }
}
