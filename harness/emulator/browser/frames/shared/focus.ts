import type { ParentChannel } from './messaging.ts';

/**
 * Reports `focus` when focus enters the frame, `blur` when it leaves every field, and `escape`
 * on the Escape key, as Stripe's elements emit them. Moving between fields of one frame says
 * nothing: the element as a whole keeps focus.
 */
export function watchFocus(parent: ParentChannel): void {
  let focused = false;
  document.addEventListener('focusin', () => {
    if (focused) return;
    focused = true;
    parent.post({ type: 'focus' });
  });
  document.addEventListener('focusout', (e) => {
    const next = (e as FocusEvent).relatedTarget;
    if (next instanceof Node && document.contains(next)) return;
    if (!focused) return;
    focused = false;
    parent.post({ type: 'blur' });
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') parent.post({ type: 'escape' });
  });
}
