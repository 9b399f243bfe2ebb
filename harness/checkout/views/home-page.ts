import { html, type Html } from './html.ts';
import { SHOP_NAME } from './layout.ts';

/** What the sign-up and sign-in forms show again after a mistake. */
export interface HomePageInput {
  /** Where to go after signing in (a local path), carried through the forms. */
  next?: string | undefined;
  error?: string | undefined;
  email?: string | undefined;
  name?: string | undefined;
}

/** The front page for visitors: create an account, or sign in to an existing one. */
export function homePage({ next, error, email = '', name = '' }: HomePageInput): Html {
  const nextField = next ? html`<input type="hidden" name="next" value="${next}">` : '';
  return html`<h1>Welcome to ${SHOP_NAME}</h1>
<p class="lede">Create an account to save a payment method for your subscriptions and later orders.</p>
<div class="notice error" role="alert">${error ?? ''}</div>
<div class="columns">
  <form class="panel" method="post" action="/signup" aria-labelledby="signup-title">
    <h2 id="signup-title">Create an account</h2>
    ${nextField}
    <label for="signup-name">Name</label>
    <input id="signup-name" type="text" name="name" autocomplete="name" maxlength="100" value="${name}">
    <label for="signup-email">Email</label>
    <input id="signup-email" type="email" name="email" autocomplete="email" required maxlength="254" value="${email}">
    <button type="submit">Create account</button>
  </form>
  <form class="panel" method="post" action="/signin" aria-labelledby="signin-title">
    <h2 id="signin-title">Sign in</h2>
    ${nextField}
    <label for="signin-email">Email</label>
    <input id="signin-email" type="email" name="email" autocomplete="email" required maxlength="254">
    <p class="muted">This is a test-mode shop: there are no passwords.</p>
    <button type="submit" class="secondary button">Sign in</button>
  </form>
</div>`;
}
