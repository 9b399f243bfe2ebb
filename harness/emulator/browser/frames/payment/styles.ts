/** What only the payment frame needs on top of the shared styles. */
export const paymentStyles = `
.payment-element { display: flex; flex-direction: column; gap: calc(var(--spacingUnit) * 3); }
.payment-element.is-busy { opacity: 0.6; pointer-events: none; }
.payment-form { display: flex; flex-direction: column; gap: calc(var(--spacingUnit) * 3); }
.card-form { display: flex; flex-direction: column; gap: calc(var(--spacingUnit) * 3); }
.row { display: grid; grid-template-columns: 1fr 1fr; gap: calc(var(--spacingUnit) * 3); }
.input-wrap { position: relative; }
.input-wrap .input { padding-right: 96px; }
.card-brand {
  position: absolute; right: 10px; top: 50%; transform: translateY(-50%);
  font-size: 0.75em; font-weight: 700; letter-spacing: 0.02em; color: var(--colorTextSecondary);
  padding: 2px 6px; border-radius: 3px; border: 1px solid var(--colorBorder); background: var(--colorBackground);
}
.card-brand:empty { display: none; }
.card-brand[data-brand="visa"] { color: #1a1f71; }
.card-brand[data-brand="mastercard"] { color: #eb001b; }
.card-brand[data-brand="amex"] { color: #2e77bb; }
:root[data-theme="night"] .card-brand { color: var(--colorText); }
.tabs { display: flex; gap: calc(var(--spacingUnit) * 3); margin-bottom: calc(var(--spacingUnit) * 3); }
.tab {
  flex: 0 1 140px; display: flex; flex-direction: column; align-items: flex-start; gap: 6px;
  padding: 10px 12px; font: inherit; font-size: 0.875em; font-weight: 600; text-align: left;
  color: var(--colorTextSecondary); background: var(--colorInputBackground); cursor: pointer;
  border: 1px solid var(--colorBorder); border-radius: var(--borderRadius);
  box-shadow: 0 1px 1px rgba(0, 0, 0, 0.03), 0 3px 6px rgba(0, 0, 0, 0.02);
  transition: border-color 0.15s ease, box-shadow 0.15s ease, color 0.15s ease;
}
.tab:hover { color: var(--colorText); }
.tab[aria-selected="true"] { color: var(--colorPrimary); border-color: var(--colorPrimary); box-shadow: 0 0 0 1px var(--colorPrimary); }
.method-icon { display: inline-flex; }
.methods-accordion { border: 1px solid var(--colorBorder); border-radius: var(--borderRadius); overflow: hidden; }
.accordion-item + .accordion-item { border-top: 1px solid var(--colorBorder); }
.accordion-header {
  width: 100%; display: flex; align-items: center; gap: 10px; padding: 14px 16px; font: inherit;
  font-weight: 600; color: var(--colorText); background: var(--colorBackground); border: 0; cursor: pointer; text-align: left;
}
.accordion-header:focus-visible { outline: 2px solid var(--colorPrimary); outline-offset: -2px; }
.accordion-dot { width: 16px; height: 16px; border-radius: 50%; border: 1px solid var(--colorBorder); flex: none; }
.accordion-header[aria-expanded="true"] .accordion-dot { border: 5px solid var(--colorPrimary); }
.accordion-panel { padding: 4px 16px 16px; }
.link-opt-in {
  display: flex; flex-direction: column; gap: 6px; padding: calc(var(--spacingUnit) * 3);
  border: 1px solid var(--colorBorder); border-radius: var(--borderRadius); margin-top: calc(var(--spacingUnit) * 3);
}
.checkbox-row { display: flex; align-items: center; gap: 10px; font-size: 0.9375em; font-weight: 500; }
.checkbox { width: 18px; height: 18px; margin: 0; accent-color: var(--colorPrimary); flex: none; }
.checkbox:focus-visible { outline: 2px solid var(--colorPrimary); outline-offset: 2px; }
.link-opt-in .notice { padding-left: 28px; }
.wallet {
  display: flex; flex-direction: column; gap: calc(var(--spacingUnit) * 3); padding: calc(var(--spacingUnit) * 4);
  border: 1px solid var(--colorBorder); border-radius: var(--borderRadius); background: var(--colorBackground);
}
.wallet-header { display: flex; align-items: center; gap: 10px; }
.wallet-title { margin: 0; font-size: 1em; font-weight: 600; }
.wallet-email { color: var(--colorTextSecondary); font-size: 0.875em; flex: 1; overflow: hidden; text-overflow: ellipsis; }
.wallet-picker { display: flex; flex-direction: column; gap: 8px; }
.wallet-source {
  display: flex; align-items: center; gap: 12px; padding: 12px 14px; border: 1px solid var(--colorBorder);
  border-radius: var(--borderRadius); background: var(--colorInputBackground);
}
.wallet-picker .wallet-source { cursor: pointer; transition: border-color 0.15s ease, box-shadow 0.15s ease; }
.wallet-picker .wallet-source::before {
  content: ''; width: 16px; height: 16px; border-radius: 50%; border: 1px solid var(--colorBorder); flex: none;
}
.wallet-picker .wallet-source[aria-checked="true"] { border-color: var(--colorPrimary); box-shadow: 0 0 0 1px var(--colorPrimary); }
.wallet-picker .wallet-source[aria-checked="true"]::before { border: 5px solid var(--colorPrimary); }
.wallet-source-icon {
  font-size: 0.6875em; font-weight: 700; letter-spacing: 0.03em; padding: 2px 6px; border-radius: 3px;
  border: 1px solid var(--colorBorder); color: var(--colorTextSecondary); min-width: 44px; text-align: center;
}
.wallet-source-label { flex: 1; font-variant-numeric: tabular-nums; }
.wallet-default { font-size: 0.75em; color: var(--colorTextSecondary); }
.wallet-actions { display: flex; gap: 16px; }
.link-return {
  display: flex; align-items: center; gap: 10px; width: 100%; padding: 10px 12px; font: inherit; font-size: 0.875em;
  color: var(--colorText); background: var(--colorInputBackground); border: 1px solid var(--colorBorder);
  border-radius: var(--borderRadius); cursor: pointer; text-align: left;
}
.link-return:focus-visible { outline: 2px solid var(--colorPrimary); outline-offset: 2px; }
.bank-panel { padding: 4px 0; }
.load-failed { margin: 0; padding: 12px; color: var(--colorDanger); font-size: 0.875em; }
`;
