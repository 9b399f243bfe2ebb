import { execFileSync } from 'node:child_process';

/** Whether a command exists on PATH. */
export function onPath(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** How this process could install system packages: it is root, sudo asks no password, or neither. */
export function packageInstallRight(): 'root' | 'sudo' | 'none' {
  if (process.getuid?.() === 0) return 'root';
  if (!onPath('sudo')) return 'none';
  try {
    execFileSync('sudo', ['-n', 'true'], { stdio: 'ignore', timeout: 5000 });
    return 'sudo';
  } catch {
    return 'none';
  }
}

/**
 * Whether Playwright's download host answers within a few seconds (any HTTP answer counts).
 * `PLAYWRIGHT_DOWNLOAD_HOST` names a mirror when set.
 */
export async function downloadHostReachable(env: Record<string, string | undefined> = process.env, timeoutMs = 4000): Promise<boolean> {
  const host = env.PLAYWRIGHT_DOWNLOAD_HOST || 'https://cdn.playwright.dev';
  try {
    await fetch(host, { method: 'HEAD', signal: AbortSignal.timeout(timeoutMs) });
    return true;
  } catch {
    return false;
  }
}
