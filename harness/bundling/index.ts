// Browser bundles built from TypeScript sources with esbuild, in memory, once per process: the
// emulated Stripe.js and its frames (harness/emulator/browser-serve) and the reference checkout's
// page scripts (harness/checkout) are both served this way. Runs in the server's Node process;
// imports nothing from the project.
import { build } from 'esbuild';
import { basename } from 'node:path';

/** One bundle: its script, and its source map when the bundler was asked for one. */
export interface BrowserBundle {
  js: string;
  /** The source map (JSON), not linked from `js`: the server that serves both says where it is. */
  map?: string;
}

/** How a set of bundles is built. */
export interface BundlerOptions {
  /** Names in the bundles' sources replaced by these expressions (esbuild `define`). */
  define?: Record<string, string>;
  /** Build a source map beside each script (kept out of the script, which stays small). */
  sourceMap?: boolean;
  /** Who builds, for the error when esbuild produces nothing: `link-harness`, `link-harness checkout`. */
  label: string;
}

/** The browsers the bundles target, as old as the harness supports. */
const targets = ['chrome100', 'safari15', 'firefox100'];

async function buildOne(entry: string, options: BundlerOptions): Promise<BrowserBundle> {
  const outfile = `${basename(entry).replace(/\.[cm]?tsx?$/, '')}.js`;
  const result = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: targets,
    legalComments: 'none',
    sourcemap: options.sourceMap ? 'external' : false,
    define: options.define,
    logLevel: 'silent',
  });
  const js = result.outputFiles.find((file) => file.path.endsWith('.js'));
  if (!js) throw new Error(`${options.label}: esbuild produced no output for ${entry}`);
  const map = result.outputFiles.find((file) => file.path.endsWith('.js.map'));
  return { js: js.text, ...(map ? { map: map.text } : {}) };
}

/**
 * A bundler for a fixed set of entry points (absolute paths, by name): each bundle is built on its
 * first request and kept for the life of the process; a failed build is tried again next time.
 *
 * @example
 * const bundle = browserBundler({ app: fileURLToPath(new URL('./browser/app.ts', import.meta.url)) }, { label: 'my-server' });
 * res.type('application/javascript').send((await bundle('app')).js);
 */
export function browserBundler<Name extends string>(entries: Readonly<Record<Name, string>>, options: BundlerOptions): (name: Name) => Promise<BrowserBundle> {
  const cache = new Map<Name, Promise<BrowserBundle>>();
  return (name) => {
    let built = cache.get(name);
    if (!built) {
      built = buildOne(entries[name], options);
      cache.set(name, built);
      built.catch(() => cache.delete(name));
    }
    return built;
  };
}
