/** The outer challenge page: a transparent page with the test-mode modal in its middle. */
export const challengePageCss = `
html, body { margin: 0; padding: 0; height: 100%; background: transparent; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #30313d; }
.ChallengeModal {
  position: absolute; top: 50%; left: 50%; transform: translate(-50%, -50%);
  width: min(440px, calc(100vw - 24px)); height: min(460px, calc(100vh - 24px));
  display: flex; flex-direction: column; background: #fff; border-radius: 8px; overflow: hidden;
  box-shadow: 0 15px 35px rgba(50, 50, 93, 0.25), 0 5px 15px rgba(0, 0, 0, 0.2);
}
.ChallengeModal-header { display: flex; align-items: center; gap: 10px; padding: 14px 18px; border-bottom: 1px solid #e6e6e6; }
.ChallengeModal-title { margin: 0; font-size: 15px; font-weight: 600; }
.TestModeBadge { padding: 2px 8px; border-radius: 4px; background: #ffde92; color: #983705; font-size: 11px; font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase; }
.ChallengeModal-body { position: relative; flex: 1; }
.ChallengeModal-body iframe { display: block; width: 100%; height: 100%; border: 0; }
.LightboxModalLoadingIndicator { position: absolute; top: 50%; left: 50%; width: 32px; height: 32px; margin: -16px 0 0 -16px; box-sizing: border-box;
  border-radius: 50%; border: 3px solid #e6e6e6; border-top-color: #0570de; animation: ChallengeSpin 0.8s linear infinite; }
@keyframes ChallengeSpin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .LightboxModalLoadingIndicator { animation: none; } }
.ChallengeModal-note { padding: 24px; font-size: 14px; line-height: 1.5; }
`;
