/** The shop's stylesheet, served as /assets/checkout.css. Small on purpose: system fonts, one accent. */
export const checkoutCss = `
:root {
  --ink: #1d2a26; --muted: #5b6b66; --line: #d9e2de; --paper: #fbfcfb; --card: #ffffff;
  --accent: #2f6b57; --accent-ink: #ffffff; --danger: #a3261b; --danger-bg: #fdecea;
  --ok: #1f6b3a; --ok-bg: #e8f5ec; --warn: #7a5200; --warn-bg: #fff4d6;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--paper);
}
* { box-sizing: border-box; }
body { margin: 0; min-height: 100vh; display: flex; flex-direction: column; line-height: 1.5; }
a { color: var(--accent); }
.site-header { display: flex; align-items: center; justify-content: space-between; padding: 0.9rem 1.5rem; border-bottom: 1px solid var(--line); background: var(--card); }
.brand { font-weight: 700; font-size: 1.15rem; text-decoration: none; color: var(--ink); letter-spacing: 0.01em; }
.site-header nav { display: flex; gap: 1rem; align-items: center; }
main { flex: 1; width: 100%; max-width: 46rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; margin: 0 0 0.4rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 0.6rem; }
.lede { color: var(--muted); margin-top: 0; }
.panel > h2 { margin-top: 0.2rem; }
.panel { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 1.25rem 1.4rem; margin: 1rem 0; }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: 1rem; }
label { display: block; font-weight: 600; font-size: 0.92rem; margin: 0.8rem 0 0.3rem; }
input[type=text], input[type=email], input[type=number], select {
  width: 100%; padding: 0.6rem 0.7rem; border: 1px solid var(--line); border-radius: 6px; font: inherit; background: #fff;
}
input:focus-visible, select:focus-visible, button:focus-visible, a:focus-visible { outline: 3px solid color-mix(in srgb, var(--accent) 45%, transparent); outline-offset: 2px; }
button, .button {
  display: inline-block; margin-top: 1rem; padding: 0.65rem 1.2rem; border: 0; border-radius: 6px; font: inherit; font-weight: 600;
  background: var(--accent); color: var(--accent-ink); cursor: pointer; text-decoration: none;
}
button[disabled] { opacity: 0.6; cursor: progress; }
.button.secondary { background: transparent; color: var(--accent); border: 1px solid var(--accent); }
.link-button { background: none; color: var(--accent); padding: 0; margin: 0; font-weight: 400; text-decoration: underline; }
form.inline { display: inline; }
.notice { border-radius: 8px; padding: 0.8rem 1rem; margin: 1rem 0; }
.notice.ok { background: var(--ok-bg); color: var(--ok); }
.notice.error { background: var(--danger-bg); color: var(--danger); }
.notice.warn { background: var(--warn-bg); color: var(--warn); }
.notice:empty { display: none; }
#payment-element, #link-authentication-element { margin: 0.8rem 0; min-height: 2.5rem; }
table { width: 100%; border-collapse: collapse; font-size: 0.95rem; }
td:first-child { white-space: nowrap; }
th, td { text-align: left; padding: 0.55rem 0.4rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { color: var(--muted); font-weight: 600; font-size: 0.85rem; }
.outcome { font-weight: 600; }
.outcome.succeeded { color: var(--ok); }
.outcome.declined { color: var(--danger); }
.outcome.requires_authentication, .outcome.processing { color: var(--warn); }
.muted { color: var(--muted); }
ul.methods { list-style: none; padding: 0; margin: 0; }
ul.methods li { padding: 0.55rem 0; border-bottom: 1px solid var(--line); display: flex; justify-content: space-between; gap: 1rem; }
.tag { font-size: 0.78rem; background: var(--ok-bg); color: var(--ok); border-radius: 999px; padding: 0.1rem 0.6rem; white-space: nowrap; }
.site-footer { border-top: 1px solid var(--line); padding: 1rem 1.5rem; color: var(--muted); font-size: 0.88rem; text-align: center; background: var(--card); }
.site-footer p { margin: 0.25rem 0; }
.fine-print { font-size: 0.8rem; }
.inline-fields { display: flex; gap: 0.8rem; flex-wrap: wrap; align-items: end; }
.inline-fields > div { flex: 1 1 8rem; }
`;
