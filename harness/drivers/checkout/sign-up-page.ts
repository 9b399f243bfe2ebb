import { expect, type Locator, type Page } from '@playwright/test';

/** Who signs up: the shop's account holder, who becomes a Stripe Customer. */
export interface SignUpDetails {
  name?: string;
  email: string;
}

/**
 * The reference checkout's front page (`/`): "Create an account" (name, email) and "Sign in".
 * Signing up is when the shop creates the Customer (the guide's first step).
 *
 * @example
 * await new SignUpPage(page).signUp({ name: 'Jenny Rosen', email: 'jenny.rosen.1a2b@example.com' });
 */
export class SignUpPage {
  readonly name: Locator;
  readonly email: Locator;
  readonly createAccount: Locator;
  readonly signInEmail: Locator;
  readonly signIn: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.name = page.locator('#signup-name');
    this.email = page.locator('#signup-email');
    this.createAccount = page.getByRole('button', { name: 'Create account' });
    this.signInEmail = page.locator('#signin-email');
    this.signIn = page.getByRole('button', { name: 'Sign in' });
    this.error = page.getByRole('alert');
  }

  async open(): Promise<void> {
    await this.page.goto('/');
  }

  /** Opens the front page, creates the account and waits for the account page. */
  async signUp(details: SignUpDetails): Promise<void> {
    await this.open();
    if (details.name !== undefined) await this.name.fill(details.name);
    await this.email.fill(details.email);
    await this.createAccount.click();
    await expect(this.page.getByRole('heading', { name: 'Your account' })).toBeVisible();
  }

  /**
   * Sends the "Create an account" form as the browser does (`POST /signup`, in the page's browser
   * context, so the shop's session cookie lands there) without rendering the front page or the
   * account page it leads to. Throws with the shop's message when the sign-up is refused.
   */
  async submitForm(details: SignUpDetails): Promise<void> {
    const form = { email: details.email, ...(details.name !== undefined ? { name: details.name } : {}) };
    const response = await this.page.request.post('/signup', { form, maxRedirects: 0 });
    if (response.status() === 303) return;
    const shown = /role="alert"[^>]*>([^<]*)</.exec(await response.text())?.[1]?.trim();
    throw new Error(
      `the sign-up of ${details.email} was refused: POST /signup answered ${response.status()} ${shown ?? response.statusText()}. ` +
        "That is the reference checkout's sign-up; another checkout gives its own as checkout.signUp in link-harness.config.ts.",
    );
  }

  /** Signs an existing account holder in (no passwords in the test shop) and waits for the account page. */
  async signInAs(email: string): Promise<void> {
    await this.open();
    await this.signInEmail.fill(email);
    await this.signIn.click();
    await expect(this.page.getByRole('heading', { name: 'Your account' })).toBeVisible();
  }
}
