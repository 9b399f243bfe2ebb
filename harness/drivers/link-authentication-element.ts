import { expect, type Frame, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { LinkOtp } from './link-otp.ts';
import { linkText, stripeDom } from './stripe-dom.ts';

/**
 * The Link Authentication Element: Stripe's email field that looks the shopper up in Link and,
 * for a known Link email, opens the one-time-code entry in the same frame.
 *
 * @example
 * const linkAuth = new LinkAuthenticationElement(page);
 * await linkAuth.fillEmail(shopper.email);
 * await linkAuth.otp.enter('424242');
 */
export class LinkAuthenticationElement {
  /** The element's iframe on the merchant's page. */
  readonly iframe: Locator;
  readonly frame: FrameLocator;
  /** The email input inside the frame. */
  readonly email: Locator;
  /** The code entry a known Link email opens here. */
  readonly otp: LinkOtp;

  constructor(readonly page: Page) {
    this.iframe = page.locator(stripeDom.linkAuthenticationFrame);
    this.frame = page.frameLocator(stripeDom.linkAuthenticationFrame);
    this.email = this.frame.locator(stripeDom.email);
    this.otp = new LinkOtp(this.frame);
  }

  /** Waits until the element is on the page and its email field can be typed in. */
  async expectReady(): Promise<void> {
    await expect(this.email).toBeEditable();
  }

  /** Types the shopper's email, replacing what was there. */
  async fillEmail(email: string): Promise<void> {
    await this.email.fill(email);
  }

  /** The element's frame itself, to evaluate script in Stripe's origin (e.g. to probe its storage). */
  async contentFrame(): Promise<Frame> {
    const frame = await (await this.iframe.elementHandle())?.contentFrame();
    if (!frame) throw new Error('link-harness drivers: the Link Authentication Element has no frame on this page.');
    return frame;
  }

  /** "Signed in with Link as …": shown when Link recognised the shopper without asking for a code. */
  signedInAs(email: string): Locator {
    return this.frame.getByText(linkText.signedIn(email));
  }
}
