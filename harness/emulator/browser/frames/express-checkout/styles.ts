/** The Link button and the Link panel of the Express Checkout Element. */
export const expressCheckoutStyles = `
.express-link-button {
  display: flex; align-items: center; justify-content: center; gap: 8px; width: 100%; height: 44px;
  border: none; border-radius: var(--borderRadius); background: #00d66f; color: #011e0f;
  font: inherit; font-weight: 600; cursor: pointer;
}
.express-link-button .link-badge { background: #011e0f; color: #00d66f; }
.express-link-button:disabled { opacity: 0.7; cursor: progress; }
.express-link-button:focus-visible { outline: 2px solid var(--colorPrimary); outline-offset: 2px; }
.express-link {
  display: flex; flex-direction: column; gap: calc(var(--spacingUnit) * 3); padding: calc(var(--spacingUnit) * 4);
  border: 1px solid var(--colorBorder); border-radius: var(--borderRadius); background: var(--colorBackground);
}
.express-header { display: flex; align-items: center; justify-content: space-between; }
.express-title { margin: 0; font-size: 1em; font-weight: 600; display: flex; gap: 8px; align-items: center; }
.express-email { display: flex; flex-direction: column; gap: calc(var(--spacingUnit) * 3); }
.button {
  padding: calc(var(--spacingUnit) * 3); border: none; border-radius: var(--borderRadius);
  background: var(--colorPrimary); color: #fff; font: inherit; font-weight: 600; cursor: pointer;
}
.button:disabled { opacity: 0.6; cursor: progress; }
`;
