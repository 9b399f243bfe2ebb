/**
 * The styles both frames share: fields, focus rings, error text, buttons, the loader and the
 * Link code entry. Colours, font, radius and spacing come from the theme's custom properties
 * (theme.ts), so `appearance` reaches every rule. No `color-scheme` is declared: a frame whose
 * scheme differs from the page's gets an opaque canvas, and the frames must stay transparent.
 */
export const baseStyles = `
*, *::before, *::after { box-sizing: border-box; }
html, body { margin: 0; padding: 0; background: transparent; }
body {
  font-family: var(--fontFamily); font-size: var(--fontSizeBase); line-height: 1.4;
  color: var(--colorText); -webkit-font-smoothing: antialiased;
}
#root { padding: 4px 4px 6px; }
[hidden] { display: none !important; }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.field { display: flex; flex-direction: column; gap: calc(var(--spacingUnit) * 1.5); min-width: 0; }
.label { font-size: 0.875em; font-weight: 500; color: var(--colorText); }
.input {
  width: 100%; margin: 0; font: inherit; line-height: 1.25; color: var(--colorText);
  background: var(--colorInputBackground); border: 1px solid var(--colorBorder);
  border-radius: var(--borderRadius); padding: calc(var(--spacingUnit) * 3);
  box-shadow: 0 1px 1px rgba(0, 0, 0, 0.03), 0 3px 6px rgba(0, 0, 0, 0.02);
  transition: border-color 0.15s ease, box-shadow 0.15s ease; outline: none; appearance: none;
}
.input::placeholder { color: var(--colorTextSecondary); opacity: 0.8; }
.input:focus {
  border-color: color-mix(in srgb, var(--colorPrimary) 55%, var(--colorBorder));
  box-shadow: 0 0 0 3px color-mix(in srgb, var(--colorPrimary) 25%, transparent), 0 1px 1px rgba(0, 0, 0, 0.03);
}
.input[aria-invalid="true"] {
  border-color: var(--colorDanger); color: var(--colorDanger);
  box-shadow: 0 0 0 1px var(--colorDanger);
}
.input[aria-invalid="true"]:focus { box-shadow: 0 0 0 3px color-mix(in srgb, var(--colorDanger) 25%, transparent); }
.input:disabled, .input[readonly] { opacity: 0.7; }
select.input {
  padding-right: calc(var(--spacingUnit) * 9);
  background-image: linear-gradient(45deg, transparent 50%, var(--colorTextSecondary) 50%), linear-gradient(135deg, var(--colorTextSecondary) 50%, transparent 50%);
  background-position: calc(100% - 18px) 50%, calc(100% - 13px) 50%;
  background-size: 5px 5px; background-repeat: no-repeat;
}
.field-error, .form-error { margin: 0; font-size: 0.875em; color: var(--colorDanger); }
.form-error:empty, .field-error:empty { display: none; }
.notice { margin: 0; font-size: 0.875em; color: var(--colorTextSecondary); }
.notice.is-error { color: var(--colorDanger); }
.text-button {
  background: none; border: none; padding: 2px 0; margin: 0; font: inherit; font-size: 0.875em;
  font-weight: 500; color: var(--colorPrimary); cursor: pointer; border-radius: 3px;
}
.text-button:hover { text-decoration: underline; }
.text-button:focus-visible, .button:focus-visible, [role="radio"]:focus-visible, [role="tab"]:focus-visible {
  outline: 2px solid var(--colorPrimary); outline-offset: 2px;
}
.is-busy { opacity: 0.6; pointer-events: none; transition: opacity 0.15s ease; }
.loading { display: flex; gap: 6px; justify-content: center; padding: 18px 0; }
.loading span {
  width: 7px; height: 7px; border-radius: 50%; background: var(--colorTextSecondary);
  animation: lh-pulse 1s infinite ease-in-out; opacity: 0.3;
}
.loading span:nth-child(2) { animation-delay: 0.15s; }
.loading span:nth-child(3) { animation-delay: 0.3s; }
@keyframes lh-pulse { 50% { opacity: 1; } }
.link-badge {
  display: inline-flex; align-items: center; padding: 1px 7px; border-radius: 999px;
  background: #00d66f; color: #011e0f; font-weight: 700; font-size: 0.8em; letter-spacing: 0.01em;
}
.link-status {
  display: flex; align-items: flex-start; justify-content: space-between; gap: 12px;
  margin-top: calc(var(--spacingUnit) * 2);
}
.link-status .notice { display: flex; align-items: flex-start; gap: 8px; min-width: 0; overflow-wrap: anywhere; }
.link-status .link-badge { margin-top: 1px; flex: none; }
.link-status .text-button { flex: none; }
.otp {
  margin-top: calc(var(--spacingUnit) * 3); padding: calc(var(--spacingUnit) * 4);
  border: 1px solid var(--colorBorder); border-radius: var(--borderRadius);
  display: flex; flex-direction: column; gap: calc(var(--spacingUnit) * 3);
}
.otp-title { margin: 0; font-size: 1em; font-weight: 600; display: flex; align-items: center; gap: 8px; }
.otp-field { position: relative; width: fit-content; }
.otp-boxes { display: flex; gap: 8px; }
.otp-box {
  width: 44px; height: 52px; display: flex; align-items: center; justify-content: center;
  font-size: 1.4em; font-variant-numeric: tabular-nums; border: 1px solid var(--colorBorder);
  border-radius: var(--borderRadius); background: var(--colorInputBackground);
  transition: border-color 0.15s ease, box-shadow 0.15s ease;
}
.otp-box:nth-child(3) { margin-right: 10px; }
.otp-field.is-focused .otp-box.is-current {
  border-color: var(--colorPrimary);
  box-shadow: 0 0 0 3px color-mix(in srgb, var(--colorPrimary) 25%, transparent);
}
.otp-field.is-invalid .otp-box { border-color: var(--colorDanger); }
.otp-input {
  position: absolute; inset: 0; width: 100%; height: 100%; margin: 0; padding: 0; border: 0;
  opacity: 0; font-size: 16px; color: transparent; caret-color: transparent; background: transparent; cursor: text;
}
.otp-actions { display: flex; gap: 16px; align-items: center; }
`;
