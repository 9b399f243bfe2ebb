import { builtins } from '../../builtins.ts';

/**
 * The frame origin's localStorage, behind a wrapper that never throws. A browser that blocks
 * third-party storage (Safari, and headless Chromium by default: DESIGN.md "Browser models")
 * throws SecurityError on the mere `window.localStorage` read; the frames must then behave as
 * if nothing was ever stored, not break.
 */
export interface FrameStorage {
  /** Whether a value written now could be read back. */
  readonly available: boolean;
  get(key: string): string | null;
  /** Stores a value; false when storage is denied or full. */
  set(key: string, value: string): boolean;
  remove(key: string): void;
}

function openLocalStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    const probe = '__link_harness_probe__';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/**
 * Opens the frame's storage once. `document.documentElement.dataset.linkStorage` records the
 * result (`available` / `unavailable`) so a test can prove which browser model it runs in.
 *
 * @example
 * const storage = frameStorage();
 * storage.set('k', 'v'); // false in a Safari-like browser
 */
export function frameStorage(): FrameStorage {
  const storage = openLocalStorage();
  document.documentElement.dataset.linkStorage = storage ? 'available' : 'unavailable';
  return {
    available: storage !== null,
    get(key) {
      try {
        return storage ? storage.getItem(key) : null;
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        storage?.setItem(key, value);
        return storage !== null;
      } catch {
        return false;
      }
    },
    remove(key) {
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing stored can be removed either.
      }
    },
  };
}

/** A stored value read as JSON, or null when missing or unreadable. */
export function readJson<T>(storage: FrameStorage, key: string): T | null {
  const raw = storage.get(key);
  if (raw === null) return null;
  try {
    return builtins.JSON.parse(raw) as T;
  } catch {
    storage.remove(key);
    return null;
  }
}
