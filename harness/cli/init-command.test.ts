import { mkdtemp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadHarnessConfig } from '../target/config-file.ts';
import { configTemplate, workflowTemplate } from './init-templates.ts';
import { initCommand, initSettings, workflowPath } from './init-command.ts';
import { runCli } from './run-cli.ts';
import { recordingIo } from './recording-io.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A merchant's project with link-harness installed (linked to this one). */
async function merchantProject(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'init-'));
  await mkdir(join(dir, 'node_modules'));
  await symlink(projectRoot, join(dir, 'node_modules', 'link-harness'));
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'shop', type: 'module' }));
  return dir;
}

describe('link-harness init', () => {
  it('writes a config that loads as the suite loads it, with every adapter step named', async () => {
    const dir = await merchantProject();
    const text = configTemplate(initSettings({ checkout: 'http://localhost:8080/', account: 'sk_test_fernhill' }));
    await writeFile(join(dir, 'link-harness.config.ts'), text);
    const { config, file } = await loadHarnessConfig(dir, {});
    expect(file).toBe(join(dir, 'link-harness.config.ts'));
    expect(config.account).toBe('sk_test_fernhill');
    for (const step of ['signUp', 'openSavePage', 'submitSavePage', 'confirmError', 'readOutcome', 'chargeLater', 'readChargeRecord', 'openAuthentication'])
      expect(text).toMatch(new RegExp(`// (async )?${step}[(:]`));
    expect(text).toContain("from 'link-harness'");
  });

  it('writes a workflow that starts the server against the emulator, runs the suite, keeps the reports and gates', () => {
    const yml = workflowTemplate(initSettings({ checkout: 'http://localhost:8080', start: 'node server.js' }));
    expect(yml).toContain('node server.js > checkout.log 2>&1 &');
    expect(yml).toContain("PORT: '8080'");
    expect(yml).toContain('npx link-harness test --checkout http://localhost:8080');
    expect(yml).toContain('actions/upload-artifact');
    expect(yml).toContain('harness/server-hook/register.mjs');
    expect(yml).not.toMatch(/continue-on-error/);
  });

  it('keeps files that exist unless --force, and refuses a live key', async () => {
    const dir = await merchantProject();
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const first = recordingIo();
      expect(await runCli(['init', '--checkout', 'http://localhost:4545'], first.io)).toBe(0);
      expect(first.said).toContain(`wrote ${workflowPath}`);
      expect(await readFile(join(dir, workflowPath), 'utf8')).toContain('http://localhost:4545');
      const again = recordingIo();
      expect(await runCli(['init'], again.io)).toBe(1);
      expect(again.said.join('\n')).toContain('already exist');
      expect(await readFile(join(dir, workflowPath), 'utf8')).toContain('http://localhost:4545');
      expect(await runCli(['init', '--force'], recordingIo().io)).toBe(0);
      expect(await readFile(join(dir, workflowPath), 'utf8')).toContain('http://localhost:3000');
      const live = recordingIo();
      expect(await runCli(['init', '--force', '--account', 'sk_live_abc'], live.io)).toBe(2);
      expect(live.said.join('\n')).toContain('--account should be a secret test key');
    } finally {
      process.chdir(cwd);
    }
    expect(initCommand.name).toBe('init');
  });
});
