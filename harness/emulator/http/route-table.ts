/** A route found for a request: what was registered, and the path parameters, decoded. */
export interface RouteMatch<T> {
  value: T;
  params: Record<string, string>;
}

interface Route<T> {
  /** Per segment: the literal (lower-cased) or null where the path has a parameter. */
  literals: (string | null)[];
  /** Per segment: the parameter's name, or null for a literal. */
  names: (string | null)[];
  value: T;
}

/**
 * Express-style routes (`/v1/customers/:id`) looked up by method and path, as Express's router
 * matches them: the first route registered wins, literal segments match without regard to case, a
 * trailing slash is allowed, and parameters are percent-decoded (a URIError for a bad escape).
 * Routes are grouped by method and segment count, so a lookup reads only routes that could match.
 *
 * @example
 * const table = new RouteTable<string>();
 * table.add('get', '/v1/customers/:id', 'retrieve');
 * table.find('GET', '/v1/customers/cus_123') // { value: 'retrieve', params: { id: 'cus_123' } }
 */
export class RouteTable<T> {
  readonly #groups = new Map<string, Route<T>[]>();

  add(method: string, path: string, value: T): void {
    const segments = path.split('/');
    const route: Route<T> = {
      literals: segments.map((s) => (s.startsWith(':') ? null : s.toLowerCase())),
      names: segments.map((s) => (s.startsWith(':') ? s.slice(1) : null)),
      value,
    };
    const key = `${method.toUpperCase()} ${segments.length}`;
    const group = this.#groups.get(key);
    if (group) group.push(route);
    else this.#groups.set(key, [route]);
  }

  /** The first route for `method` (HEAD finds GET's) whose pattern `path` fits; `path` has no query string. */
  find(method: string, path: string): RouteMatch<T> | undefined {
    const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
    const segments = trimmed.split('/');
    const group = this.#groups.get(`${method === 'HEAD' ? 'GET' : method} ${segments.length}`);
    if (!group) return undefined;
    for (const route of group) {
      if (!route.literals.every((literal, i) => (literal === null ? segments[i] !== '' : literal === segments[i]!.toLowerCase()))) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        if (name !== null) params[name] = decodeURIComponent(segments[i]!);
      });
      return { value: route.value, params };
    }
    return undefined;
  }
}
