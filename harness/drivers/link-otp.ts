import { expect, type FrameLocator, type Locator } from '@playwright/test';
import { linkText, stripeDom } from './stripe-dom.ts';

/** Why a code was not accepted, in the words of Link's test-mode codes (`000001`, `000002`, `000003`). */
export type OtpRefusal = 'invalid' | 'expired' | 'tooManyAttempts';

const refusalText: Record<OtpRefusal, RegExp> = {
  invalid: linkText.invalidCode,
  expired: linkText.expiredCode,
  tooManyAttempts: linkText.tooManyAttempts,
};

/**
 * Link's one-time-code entry, inside the frame that asked for the email: the Link Authentication
 * Element, or the Payment Element when it was given the email. One hidden controlling input takes
 * all six digits (DESIGN.md).
 *
 * @example
 * const otp = new LinkOtp(linkAuthenticationElement.frame);
 * await otp.enter('000001');
 * await otp.expectRefused('invalid');
 * await otp.enter('424242');
 */
export class LinkOtp {
  /** The controlling input that takes the six digits. */
  readonly input: Locator;

  constructor(readonly frame: FrameLocator) {
    this.input = frame.locator(stripeDom.oneTimeCode);
  }

  /** Waits until the code entry is shown and can be typed in. */
  async expectShown(): Promise<void> {
    await expect(this.input).toBeVisible();
    await expect(this.input).toBeEditable();
  }

  /** Waits until no code entry is shown (logged in without a code, or Link gave up). */
  async expectHidden(): Promise<void> {
    await expect(this.input).toBeHidden();
  }

  /** Types the six digits once the entry accepts them. */
  async enter(code: string): Promise<void> {
    await expect(this.input).toBeEditable();
    await this.input.fill(code);
  }

  /** The message Link shows for a refused code (its locator, to assert on). */
  refusal(kind: OtpRefusal): Locator {
    return this.frame.getByText(refusalText[kind]).first();
  }

  /** Waits until Link says why the code was refused. */
  async expectRefused(kind: OtpRefusal): Promise<void> {
    await expect(this.refusal(kind)).toBeVisible();
  }

  /** The "Send a new code" action an expired code offers. */
  get newCodeButton(): Locator {
    return this.frame.getByRole('button', { name: linkText.newCode });
  }

  /** Asks Link for a new code (after `000002`). */
  async requestNewCode(): Promise<void> {
    await this.newCodeButton.click();
  }
}
