import type { FrameLocator, Page } from '@playwright/test';

/** The frames of the Address and Express Checkout Elements, by the titles Stripe gives them. */
export const addressAndExpressDom = {
  addressFrame: 'iframe[title="Secure address input frame"]',
  expressCheckoutFrame: 'iframe[title="Secure express checkout frame"]',
} as const;

/** The `nth` Address Element's frame on the page (a billing and a shipping one may both be mounted). */
export const addressElement = (page: Page, nth = 0): FrameLocator => page.frameLocator(addressAndExpressDom.addressFrame).nth(nth);

/** The Express Checkout Element's frame (its "Pay with Link" button and Link's login and wallet behind it). */
export const expressCheckoutElement = (page: Page): FrameLocator => page.frameLocator(addressAndExpressDom.expressCheckoutFrame);
