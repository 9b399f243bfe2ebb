/**
 * The stylesheet and script inlined into conformance.html. The page must open from a CI artifact
 * with no network, so nothing is fetched: no fonts, no images, no CDN.
 */

/** Colours per status, shared by the summary bar, badges and filter buttons. */
export const statusColour = {
  passed: '#1a7f37',
  failed: '#cf222e',
  'expected-fail': '#9a6700',
  'not-applicable': '#6e7781',
  'not-run': '#8250df',
} as const;

const statusRules = Object.entries(statusColour)
  .map(([status, colour]) => `.s-${status}{--c:${colour}}`)
  .join('\n');

export const pageStyle = `
${statusRules}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1f2328;background:#f6f8fa}
main{max-width:1400px;margin:0 auto;padding:20px}
h1{font-size:22px;margin:0 0 4px}
h2{font-size:16px;margin:24px 0 8px}
.verdict{display:inline-block;padding:2px 10px;border-radius:12px;color:#fff;font-weight:600;margin-left:8px;font-size:14px;vertical-align:middle}
.verdict.pass{background:#1a7f37}.verdict.fail{background:#cf222e}.verdict.partial{background:#9a6700}
.run{color:#59636e;margin:4px 0 12px}
.reasons{margin:8px 0;padding:8px 12px 8px 28px;background:#ffebe9;border:1px solid #ffcecb;border-radius:6px}
.bar{display:flex;height:22px;border-radius:6px;overflow:hidden;background:#d0d7de;margin:12px 0 8px}
.bar span{background:var(--c);color:#fff;font-size:12px;line-height:22px;text-align:center;white-space:nowrap;overflow:hidden}
.filters{display:flex;flex-wrap:wrap;gap:6px;margin:8px 0 12px}
.filters button{border:1px solid #d0d7de;background:#fff;border-radius:14px;padding:3px 10px;cursor:pointer;font:inherit}
.filters button[aria-pressed=true]{border-color:var(--c,#1f2328);box-shadow:inset 0 0 0 1px var(--c,#1f2328);font-weight:600}
.filters button .dot{display:inline-block;width:9px;height:9px;border-radius:50%;background:var(--c);margin-right:5px}
table{width:100%;border-collapse:collapse;background:#fff;border:1px solid #d0d7de;border-radius:6px}
th,td{text-align:left;padding:6px 8px;border-top:1px solid #eaeef2;vertical-align:top}
th{background:#f6f8fa;font-weight:600;border-top:0}
td.num{text-align:right;white-space:nowrap;width:1%}
td.status{width:12%}
td.section{width:16%}
tbody.hidden{display:none}
.badge{display:inline-block;border-radius:10px;padding:0 8px;color:#fff;background:var(--c);font-size:12px;font-weight:600;white-space:nowrap}
.note{color:#59636e;font-size:12px}
.blocking td:first-child{box-shadow:inset 3px 0 0 #cf222e;font-weight:700}
.id{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;white-space:nowrap}
tr.details td{border-top:0;padding-top:0}
details summary{cursor:pointer;color:#0969da}
details.scenarios summary{color:inherit;list-style:none}
details.scenarios summary::-webkit-details-marker{display:none}
details.scenarios summary::after{content:" ▸";color:#0969da}
details.scenarios[open] summary::after{content:" ▾"}
pre{background:#fff8f7;border:1px solid #ffcecb;border-radius:6px;padding:8px;white-space:pre-wrap;word-break:break-word;max-height:320px;overflow:auto;font-size:12px}
ul.scenarios{margin:6px 0;padding-left:18px}
tr.notes td{border-top:0;padding-top:0}
ul.notes{margin:0 0 4px;padding-left:0;list-style:none;font-size:13px}
ul.notes .label{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600;background:#eaeef2;color:#1f2328}
ul.notes .kind-not-checked .label,.not-checked-summary .count{background:#fff8c5;color:#7d4e00;border:1px solid #d4a72c}
.not-checked{color:#7d4e00;font-size:12px;font-weight:600}
.not-checked-summary{margin:0 0 12px;color:#59636e}
.not-checked-summary .count{display:inline-block;border-radius:10px;padding:0 8px;font-weight:700}
a{color:#0969da}
footer{color:#59636e;font-size:12px;margin-top:16px}
`;

/** Filter buttons: each status toggles; "all" shows everything again. */
export const pageScript = `
(function () {
  var buttons = Array.prototype.slice.call(document.querySelectorAll('.filters button'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('tbody[data-status]'));
  var active = {};
  function apply() {
    var any = Object.keys(active).some(function (k) { return active[k]; });
    groups.forEach(function (g) { g.classList.toggle('hidden', any && !active[g.getAttribute('data-status')]); });
    buttons.forEach(function (b) {
      var s = b.getAttribute('data-filter');
      b.setAttribute('aria-pressed', String(s === 'all' ? !any : !!active[s]));
    });
  }
  buttons.forEach(function (b) {
    b.addEventListener('click', function () {
      var s = b.getAttribute('data-filter');
      if (s === 'all') active = {}; else active[s] = !active[s];
      apply();
    });
  });
  apply();
})();
`;
