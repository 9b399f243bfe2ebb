/** The inner challenge page: the test bank's form. */
export const challengeFormCss = `
html, body { margin: 0; padding: 0; background: #fff; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #30313d; }
.ChallengeForm { padding: 28px 24px; display: flex; flex-direction: column; gap: 16px; }
.ChallengeForm h2 { margin: 0; font-size: 20px; font-weight: 600; }
.ChallengeForm p { margin: 0; font-size: 14px; line-height: 1.5; color: #6d6e78; }
.ChallengeForm-amount { font-size: 15px; color: #30313d; font-weight: 600; }
.ChallengeForm-actions { display: flex; gap: 12px; margin-top: 8px; }
.ChallengeForm-actions button {
  flex: 1; padding: 12px 16px; border-radius: 6px; font: inherit; font-size: 15px; font-weight: 600; cursor: pointer;
  border: 1px solid transparent;
}
.ChallengeForm-actions button:focus-visible { outline: 3px solid rgba(5, 112, 222, 0.45); outline-offset: 2px; }
.ChallengeForm-actions button:disabled { opacity: 0.6; cursor: default; }
#test-source-authorize-3ds { background: #0570de; color: #fff; }
#test-source-fail-3ds { background: #fff; color: #30313d; border-color: #e0e0e6; }
.ChallengeForm-status { min-height: 20px; font-size: 14px; }
.ChallengeForm-status[data-kind="error"] { color: #df1b41; }
`;
