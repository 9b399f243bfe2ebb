/** What only the email frame needs on top of the shared styles. */
export const linkAuthenticationStyles = `
.email-field .input { padding-right: calc(var(--spacingUnit) * 3); }
.link-login-status:empty { display: none; }
.link-locked { margin-top: calc(var(--spacingUnit) * 2); }
`;
