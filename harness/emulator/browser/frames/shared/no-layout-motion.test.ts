import { describe, expect, it } from 'vitest';
import { linkAuthenticationStyles } from '../link-authentication/styles.ts';
import { paymentStyles } from '../payment/styles.ts';
import { baseStyles } from './styles.ts';

/** Properties whose change repaints without moving anything: safe to animate in an element frame. */
const paintOnly = new Set(['border-color', 'box-shadow', 'color', 'background-color', 'opacity', 'outline-color']);

/** The properties each `transition` declaration of a stylesheet animates. */
function transitioned(css: string): string[] {
  return [...css.matchAll(/transition(?:-property)?\s*:\s*([^;}]+)/g)].flatMap(([, value]) => value!.split(',').map((part) => part.trim().split(/\s+/)[0]!));
}

/** The properties each `@keyframes` block changes. */
function keyframed(css: string): string[] {
  return [...css.matchAll(/@keyframes[^{]+\{((?:[^{}]*\{[^{}]*\})*)[^{}]*\}/g)].flatMap(([, body]) =>
    [...body!.matchAll(/([a-z-]+)\s*:/g)].map(([, name]) => name!),
  );
}

describe('element frame styles never animate size or position', () => {
  // The frame reports its height when its content changes; an animated height or margin would keep
  // moving the merchant's page (and its buttons) after that, under the shopper's pointer.
  it.each([
    ['shared', baseStyles],
    ['Link Authentication Element', linkAuthenticationStyles],
    ['Payment Element', paymentStyles],
  ])('%s: transitions and keyframes touch paint-only properties', (_name, css) => {
    const animated = [...transitioned(css), ...keyframed(css)];
    expect(animated.filter((property) => !paintOnly.has(property))).toEqual([]);
  });

  it('the checks see what they look for', () => {
    expect(transitioned('.a { transition: height 0.2s ease, opacity 1s; }')).toEqual(['height', 'opacity']);
    expect(keyframed('@keyframes grow { from { max-height: 0; } to { max-height: 90px; } }')).toEqual(['max-height', 'max-height']);
  });
});
