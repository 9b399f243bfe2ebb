import type { LinkSession } from '../../protocol.ts';
import { isEmail, sameEmail } from '../shared/email.ts';
import type { LinkApi, PaymentDetails } from '../shared/link-api.ts';
import { LinkLogin, type LinkLoginStep } from '../shared/link-login.ts';
import type { OtpState } from '../shared/otp-state.ts';
import type { RememberedSessions } from '../shared/remembered-session.ts';

export interface PaymentLinkHooks {
  /** Something the Payment Element shows changed: wallet, opt-in or the inline login. */
  changed(): void;
  /** The inline login (Payment Element alone) moved on; render it. */
  loginChanged(step: LinkLoginStep, otp: OtpState): void;
  /** Tell the parent about a session this frame established or ended. */
  announce(session: LinkSession | null): void;
}

/**
 * Link as the Payment Element sees it: who is logged in and their funding sources, whether the
 * opt-in is offered (a new shopper's email), and, when no Link Authentication Element is
 * mounted, its own inline login (the shared LinkLogin and code entry).
 *
 * With a Link Authentication Element mounted, that frame owns login and this one follows the
 * parent's `link-session` and `email` messages.
 */
export class PaymentLink {
  session: LinkSession | null = null;
  sources: PaymentDetails[] = [];
  /** The email of a shopper with no Link account: the opt-in is offered for it. */
  optInEmail: string | null = null;
  /** The shopper chose "Pay another way": the card form shows though they are logged in. */
  payAnotherWay = false;
  readonly login: LinkLogin | null;
  private email: string | null = null;
  /**
   * Two generations, because the two questions are independent: an answer about the opt-in (is
   * this email new to Link?) must never cancel the loading of a session's wallet, nor the reverse.
   * The Link Authentication Element tells this frame both the session and the email, in either
   * order, and one shared counter let the email's lookup drop the wallet of a shopper just
   * logged in by the intent's persistent token.
   */
  private sessionGeneration = 0;
  private optInGeneration = 0;
  /** The session whose funding sources are loading (adopted, not shown yet). */
  private incoming: LinkSession | null = null;
  private adopting: Promise<void> | null = null;

  constructor(
    private readonly link: LinkApi,
    private readonly remembered: RememberedSessions,
    ownsLogin: boolean,
    private readonly hooks: PaymentLinkHooks,
  ) {
    this.login = ownsLogin
      ? new LinkLogin(link, remembered, {
          onChange: (step, otp) => this.loginChanged(step, otp),
          onSession: (session) => {
            void this.adopt(session, true);
            hooks.announce(session);
          },
        })
      : null;
  }

  /** Whether the wallet replaces the card form. */
  get showWallet(): boolean {
    return this.session !== null && this.sources.length > 0 && !this.payAnotherWay;
  }

  /**
   * On load: the inline login restores a returning shopper; otherwise show the session the Link
   * Authentication Element already established, or check the prefilled email for the opt-in.
   */
  async start(q: { intentClientSecret: string | null; email: string | null; session: LinkSession | null }): Promise<void> {
    this.email = q.email;
    if (this.login) return this.login.restore(q);
    if (q.session) return this.adopt(q.session, q.session.via !== 'signup');
    if (q.email) await this.checkOptIn(q.email);
  }

  /** The shopper's email changed (the parent's `email` message). */
  async setEmail(email: string | null): Promise<void> {
    if (sameEmail(email, this.email) || (email === null && this.email === null)) return;
    this.email = email;
    if (this.login) {
      if (email && isEmail(email)) return this.login.lookUp(email);
      return this.login.clear();
    }
    // The email of the shopper logged in (or being logged in): Link knows them, nothing to ask.
    if (sameEmail(email, this.session?.email_address) || sameEmail(email, this.incoming?.email_address)) return;
    if (!email) {
      this.optInGeneration++;
      this.optInEmail = null;
      return this.hooks.changed();
    }
    await this.checkOptIn(email);
  }

  /** The email known for billing and sign-up. */
  get shopperEmail(): string | null {
    return this.session?.email_address ?? this.email;
  }

  /**
   * A session from the parent or this frame's own login; loads its funding sources. A confirm
   * that arrives meanwhile waits for it (see {@link settled}): the shopper pays with the wallet
   * they were just logged in to, not with an empty card form.
   */
  adopt(session: LinkSession | null, showWallet: boolean): Promise<void> {
    const adopting = this.load(session, showWallet);
    this.adopting = adopting;
    return adopting;
  }

  /** Resolves once no session is being adopted. */
  async settled(): Promise<void> {
    while (this.adopting) {
      const current = this.adopting;
      await current;
      if (this.adopting === current) this.adopting = null;
    }
  }

  private async load(session: LinkSession | null, showWallet: boolean): Promise<void> {
    const gen = ++this.sessionGeneration;
    if (!session) {
      this.incoming = null;
      this.session = null;
      this.sources = [];
      this.payAnotherWay = false;
      return this.hooks.changed();
    }
    if (this.session?.client_secret === session.client_secret) return;
    this.incoming = session;
    // An opt-in lookup still under way is moot: this shopper has Link.
    this.optInGeneration++;
    const wallet = await this.link.listPaymentDetails(session.client_secret);
    if (gen !== this.sessionGeneration) return;
    this.incoming = null;
    this.session = session;
    this.email = session.email_address;
    this.optInEmail = null;
    this.sources = wallet.ok ? wallet.body.redacted_payment_details : [];
    this.payAnotherWay = !showWallet;
    this.hooks.changed();
  }

  /** After the opt-in created a Link account: remember the shopper, show the opt-in no more. */
  signedUp(session: LinkSession): void {
    this.remembered.save({ client_secret: session.client_secret, email_address: session.email_address });
    this.hooks.announce(session);
    void this.adopt(session, false);
  }

  /** The sign-up could not be used (the email has an account already, or the confirm failed): plain card from now on. */
  withdrawOptIn(): void {
    this.optInEmail = null;
    this.hooks.changed();
  }

  /** "Log out" in the wallet (only when this frame owns the login). */
  logOut(): void {
    void this.login?.logOut();
  }

  private async checkOptIn(email: string): Promise<void> {
    const gen = ++this.optInGeneration;
    this.optInEmail = null;
    this.hooks.changed();
    if (!isEmail(email)) return;
    const found = await this.link.lookup({ email_address: email });
    if (gen !== this.optInGeneration) return;
    this.optInEmail = found.ok && !found.body.exists ? email : null;
    this.hooks.changed();
  }

  private loginChanged(step: LinkLoginStep, otp: OtpState): void {
    if (step.step === 'new-shopper') this.optInEmail = step.email;
    else if (step.step !== 'signed-in') this.optInEmail = null;
    if (step.step !== 'none') this.email = step.step === 'signed-in' ? step.session.email_address : step.email;
    this.hooks.loginChanged(step, otp);
    this.hooks.changed();
  }
}
