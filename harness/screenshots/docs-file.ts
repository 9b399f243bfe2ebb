import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from '@playwright/test';

/** A picture of the README, under docs/ at the repository root. */
export const docsFile = (name: string): string => fileURLToPath(new URL(`../../docs/${name}`, import.meta.url));

/** PNGs stay small enough to sit in the repository. */
export function expectSmallPicture(path: string, maxBytes = 250 * 1024): void {
  expect(statSync(path).size, `${path} must stay under ${Math.round(maxBytes / 1024)} KB`).toBeLessThan(maxBytes);
}
