import { readFrameHash } from '../../protocol.ts';

/** What the 3DS challenge pages know from their URL. */
export interface ChallengeAddress {
  /** The challenge's `src_…` id, from the path. */
  source: string;
  /** The intent it is for (`?intent=`), for display. */
  intent: string | null;
  /** The merchant page's Stripe.js to answer, when the page is in its lightbox. */
  parent: { frameId: string; parentOrigin: string } | null;
  /** The publishable key the page calls the API with: from the hash, or `?key=` on a full-page challenge. */
  publishableKey: string | null;
}

function hashField(hash: string, name: string): string | null {
  for (const pair of hash.replace(/^#/, '').split('&')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at) === name) {
      try {
        return decodeURIComponent(pair.slice(at + 1));
      } catch {
        return null;
      }
    }
  }
  return null;
}

/**
 * Reads a challenge page's address from `location`: `/three-ds-2-challenge/src_…[/challenge]`,
 * `?intent=…`, and in the hash `frameId`, `parentOrigin`, `publishableKey`.
 */
export function readChallengeAddress(loc: { pathname: string; search: string; hash: string }): ChallengeAddress {
  const source = decodeURIComponent(/^\/three-ds-2-challenge\/([^/]+)/.exec(loc.pathname)?.[1] ?? '');
  const query = new URLSearchParams(loc.search);
  const framed = readFrameHash(loc.hash);
  return {
    source,
    intent: query.get('intent'),
    parent: framed && framed.parentOrigin !== '*' ? framed : null,
    publishableKey: hashField(loc.hash, 'publishableKey') ?? query.get('key'),
  };
}
