// Import boundaries, as data. Each folder lists the folders it may import (besides itself); an
// import of any other project folder fails `npm run deps`. The table must stay acyclic (checked
// below), so no two folders can import each other, and `no-circular` forbids cycles between files.
// Tests (*.test.ts beside the code) are leaves: nothing imports them, so they may also use the
// folders in `testsMayAlsoImport`; e2e/*.spec.ts and Playwright configs follow their folder's row.
'use strict';

/**
 * Folder -> the project folders its files may import. `harness/emulator` here means the files
 * directly in it (server.ts, endpoints.ts, index.ts, testing.ts), not its subfolders.
 */
const mayImport = {
  // The emulated Stripe.js and its frames run in the page: nothing from Node, nothing outside this folder.
  'harness/emulator/browser': [],
  // The emulator's core vocabulary: Stripe's error shapes, object ids, idempotency.
  'harness/emulator/core': [],
  'harness/emulator/domain': ['harness/emulator/core'],
  'harness/emulator/http': ['harness/emulator/core', 'harness/emulator/domain'],
  'harness/emulator/api': ['harness/emulator/core', 'harness/emulator/domain', 'harness/emulator/http'],
  'harness/emulator/contract': ['harness/emulator/core', 'harness/emulator/domain', 'harness/emulator/http', 'harness/emulator'],
  'harness/emulator/control': ['harness/emulator/core', 'harness/emulator/domain', 'harness/emulator/http'],
  // Webhook delivery: signs and POSTs the domain's events, with retries.
  'harness/emulator/webhooks': ['harness/emulator/core', 'harness/emulator/domain'],
  // esbuild's browser bundles, built in memory once per process: for the emulator's Stripe.js and the checkout's page scripts.
  'harness/bundling': [],
  'harness/emulator/browser-serve': ['harness/emulator/core', 'harness/bundling'],
  'harness/emulator': [
    'harness/emulator/core',
    'harness/emulator/domain',
    'harness/emulator/http',
    'harness/emulator/api',
    'harness/emulator/control',
    'harness/emulator/browser-serve',
    'harness/emulator/webhooks',
  ],
  'harness/emulator/fuzz': ['harness/emulator', 'harness/emulator/core', 'harness/emulator/domain', 'harness/emulator/http', 'harness/emulator/contract'],

  // The checkout page scripts run in the shopper's browser: they import only each other.
  'harness/checkout/browser': [],
  'harness/drivers': [],
  'harness/inspect': ['harness/emulator'],
  'harness/target': ['harness/emulator', 'harness/drivers'],
  'harness/checkout': ['harness/emulator', 'harness/target', 'harness/drivers', 'harness/inspect', 'harness/checkout/browser', 'harness/bundling'],
  'harness/requirements': [],
  'harness/reporter': ['harness/requirements', 'harness/target'],
  'harness/bench': ['harness/emulator', 'harness/target', 'harness/drivers'],
  'harness/selftest': ['harness/emulator', 'harness/checkout', 'harness/target', 'fixtures', 'fixtures/checkouts/thimble'],
  'harness/cli': ['harness/emulator', 'harness/target', 'harness/checkout', 'harness/bench', 'harness/selftest'],
  'harness/server-hook': ['harness/emulator'],
  // The emulated Stripe.js's acceptance tests: Node-side, they drive the emulator, its browser code and
  // Chromium through the harness's browser models and drivers.
  // `npm run screenshots`: the README's pictures, taken with the acceptance tests' fixtures and the reference checkout.
  'harness/screenshots': ['harness/stripe-js-e2e', 'harness/checkout', 'harness/target', 'harness/drivers'],
  'harness/stripe-js-e2e': ['harness/emulator', 'harness/emulator/browser', 'harness/target', 'harness/drivers'],
  harness: ['harness/cli', 'harness/target', 'fixtures'],
  fixtures: ['harness/requirements', 'harness/reporter', 'harness/target', 'harness/drivers', 'harness/inspect', 'harness/emulator'],
  // A merchant's own checkout, tested through the package's public entry points.
  'fixtures/checkouts/thimble': ['harness/target', 'harness/drivers', 'harness/emulator', '.'],
  'fixtures/checkouts/fernhill': [],
  // The conformance scenarios: nothing imports them.
  scenarios: ['fixtures', 'harness/requirements', 'harness/reporter', 'harness/target', 'harness/drivers', 'harness/inspect', 'harness/cli'],
  bin: ['harness'],
  // playwright.config.ts and vitest.config.ts at the top.
  '.': ['harness/reporter', 'harness/target', 'fixtures'],
};

/** What tests beside the code may use besides their folder's row: the whole emulator, the test catalogue, the checkouts' faults. */
const testsMayAlsoImport = {
  '*': ['harness/emulator', 'harness/requirements'],
  'harness/cli': ['harness/checkout', 'fixtures/checkouts/thimble'],
  'harness/emulator/control': ['harness/emulator/api'],
  'harness/emulator/browser-serve': ['harness/emulator/browser'],
  'harness/emulator/browser': ['harness/target'],
  'harness/checkout': ['harness/requirements'],
};

const folders = Object.keys(mayImport);
const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** The regex for the files that belong to `folder` and to none of its listed subfolders. */
function filesOf(folder) {
  const deeper = folders.filter((f) => f !== folder && (folder === '.' || f.startsWith(`${folder}/`)));
  const base = folder === '.' ? '' : `${escapeRegex(folder)}/`;
  const own = folder === 'harness/emulator' || folder === 'harness' || folder === '.' ? `^${base}[^/]+$` : `^${base}`;
  return { path: own, pathNot: deeper.length ? deeper.map((f) => `^${escapeRegex(f)}/`) : undefined };
}

// The table itself must not loop: folder A may import B only if B may never (transitively) import A.
(function assertAcyclic() {
  const state = {};
  const visit = (f, trail) => {
    if (state[f] === 'done') return;
    if (state[f] === 'open') throw new Error(`.dependency-cruiser.cjs: the mayImport table loops: ${[...trail, f].join(' -> ')}`);
    state[f] = 'open';
    for (const g of mayImport[f] ?? []) visit(g, [...trail, f]);
    state[f] = 'done';
  };
  for (const f of folders) visit(f, []);
})();

const tests = '\\.test\\.tsx?$';

const boundaryRules = folders.map((folder) => {
  const from = filesOf(folder);
  const allowed = [folder, ...mayImport[folder]];
  return {
    name: `boundary:${folder}`,
    comment: `${folder} may import only ${mayImport[folder].join(', ') || 'itself'} (table in .dependency-cruiser.cjs)`,
    severity: 'error',
    from: { path: from.path, pathNot: [...(from.pathNot ?? []), tests] },
    to: {
      path: '^(harness|scenarios|fixtures|bin|[^/]+\\.ts$)',
      pathNot: allowed
        .map((f) => filesOf(f))
        .map((r) => r.path)
        .concat(inside(allowed)),
    },
  };
});

/** Regexes for files inside any of `allowed` (own files only, subfolders with their own row excluded by their own row's regex). */
function inside(allowed) {
  return allowed.filter((f) => f !== '.' && f !== 'harness' && f !== 'harness/emulator').map((f) => `^${escapeRegex(f)}/`);
}

const testRules = folders.map((folder) => {
  const from = filesOf(folder);
  const allowed = [folder, ...mayImport[folder], ...testsMayAlsoImport['*'], ...(testsMayAlsoImport[folder] ?? [])];
  return {
    name: `boundary:${folder} (tests)`,
    severity: 'error',
    from: { path: `${from.path}.*${tests}` },
    to: { path: '^(harness|scenarios|fixtures|bin|[^/]+\\.ts$)', pathNot: allowed.map((f) => filesOf(f).path).concat(inside(allowed)) },
  };
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle between files: move what both need to where both may import it.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'browser-code-no-node',
      comment: 'Code that runs in the page imports no Node module and no package but React (type-only imports vanish from the bundle).',
      severity: 'error',
      from: { path: ['^harness/emulator/browser/', '^harness/checkout/browser/'], pathNot: [tests] },
      to: { dependencyTypesNot: ['type-only'], path: 'node_modules/', pathNot: 'node_modules/(react|react-dom|scheduler)/' },
    },
    {
      name: 'browser-code-no-node-core',
      severity: 'error',
      from: { path: ['^harness/emulator/browser/', '^harness/checkout/browser/'], pathNot: [tests] },
      to: { dependencyTypesNot: ['type-only'], dependencyTypes: ['core'] },
    },
    {
      name: 'nothing-imports-scenarios',
      comment: 'Scenarios are the suite; nothing builds on them.',
      severity: 'error',
      from: { pathNot: '^scenarios/' },
      to: { path: '^scenarios/' },
    },
    {
      name: 'workers-load-no-emulator',
      comment:
        "What every Playwright worker loads (the target, the inspector, the fixtures) takes the emulator's test-side names from harness/emulator/test-side.ts: its index loads the whole emulator (Express, stripe-node, esbuild) into each worker.",
      severity: 'error',
      from: { path: ['^harness/target/', '^harness/inspect/', '^fixtures/[^/]+$'], pathNot: [tests] },
      to: { dependencyTypesNot: ['type-only'], path: '^harness/emulator/index\\.ts$' },
    },
    ...boundaryRules,
    ...testRules,
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|reports|types|test-results)/' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};

// The table for tests that read it (harness/folder-readmes.test.ts); not enumerable, so
// dependency-cruiser's config check never sees it.
Object.defineProperty(module.exports, 'mayImport', { value: mayImport, enumerable: false });
Object.defineProperty(module.exports, 'testsMayAlsoImport', { value: testsMayAlsoImport, enumerable: false });
