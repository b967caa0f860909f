import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { _electron, type ElectronApplication } from 'playwright-core';
import { startSimulator, type Simulator } from '../../src/simulator/index';
import { countTrays } from './count-trays';
import { pollUntil } from './poll';

const LINK = 'tel:+1-385-555-0142';

interface Context {
  electron: string;
  root: string;
  env: Record<string, string>;
  /** Same profile for both copies: the single-instance lock lives in the user data folder. */
  args: string[];
  output: string[];
}

function profileArgs(profile: string): string[] {
  return [
    `--user-data-dir=${join(profile, 'user-data')}`,
    // No keyring prompt on a desktop, no keychain dialog on macOS: the token vault uses its fallbacks.
    ...(process.platform === 'linux' ? ['--password-store=basic'] : []),
    ...(process.platform === 'darwin' ? ['--use-mock-keychain'] : []),
  ];
}

function childEnv(profile: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  delete env.ELECTRON_RUN_AS_NODE;
  // Linux: xdg-settings and autostart write under these, never into the developer's own folders.
  env.XDG_CONFIG_HOME = join(profile, 'config');
  env.XDG_DATA_HOME = join(profile, 'data');
  return env;
}

async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const value = await run();
  console.log(`ok   ${name} (${Math.round(performance.now() - started)} ms)`);
  return value;
}

function clickToDials(sim: Simulator): number {
  return sim.requests.filter((r) => r.method === 'POST' && r.path.endsWith('click-to-dial')).length;
}

function until(what: string, done: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  return pollUntil(done, {
    timeoutMs: ms,
    intervalMs: 100,
    failure: () => `timed out after ${ms} ms waiting for ${what}`,
  });
}

/** A second copy of the app with a link, as the OS starts it: it hands the link over and exits. */
function launchSecondCopy(ctx: Context): Promise<number | null> {
  return new Promise((resolveExit, reject) => {
    const child = spawn(ctx.electron, [ctx.root, ...ctx.args, LINK], {
      env: ctx.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => ctx.output.push(`[second] ${chunk.toString()}`));
    child.stderr.on('data', (chunk: Buffer) => ctx.output.push(`[second] ${chunk.toString()}`));
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('the second copy did not exit within 20 s'));
    }, 20_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolveExit(code);
    });
  });
}

function launchApp(ctx: Context, sim: Simulator): Promise<ElectronApplication> {
  return _electron.launch({
    executablePath: ctx.electron,
    // The project folder as the app, as `electron .` does: its package.json names the built main.
    args: [ctx.root, ...ctx.args, `--xima-base-url=${sim.baseUrl}`],
    cwd: ctx.root,
    env: ctx.env,
    timeout: 60_000,
  });
}

async function run(ctx: Context, sim: Simulator): Promise<void> {
  const app = await step('the app starts with a fresh profile', () => launchApp(ctx, sim));
  const proc = app.process();
  proc.stdout?.on('data', (chunk: Buffer) => ctx.output.push(chunk.toString()));
  proc.stderr?.on('data', (chunk: Buffer) => ctx.output.push(chunk.toString()));
  const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
  try {
    await scenario(ctx, app, sim);
    await step('the app quits cleanly with exit code 0', async () => {
      // The process may be gone before the evaluation answers.
      await app.evaluate(({ app: electron }) => electron.quit()).catch(() => undefined);
      const code = await Promise.race([
        exited,
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('the app did not quit in 15 s')), 15_000),
        ),
      ]);
      assert.equal(code, 0);
    });
  } finally {
    if (proc.exitCode === null && proc.signalCode === null) await app.close().catch(() => proc.kill());
  }
}

async function scenario(ctx: Context, app: ElectronApplication, sim: Simulator): Promise<void> {
  await step('the tray icon exists', () => until('a tray', async () => (await countTrays(app)) === 1));

  const panel = await step('the panel loads through the real preload, with no Node in the page', async () => {
    const page = await app.firstWindow();
    page.setDefaultTimeout(15_000);
    await page.locator('main.content > :not(.skeleton)').first().waitFor({ timeout: 20_000 });
    const reach = await page.evaluate(() => {
      const scope = globalThis as Record<string, unknown>;
      return {
        dialer: typeof scope.dialer,
        require: typeof scope.require,
        process: typeof scope.process,
        module: typeof scope.module,
        Buffer: typeof scope.Buffer,
      };
    });
    assert.deepEqual(reach, {
      dialer: 'object',
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      Buffer: 'undefined',
    });
    const keys = await page.evaluate(() => Object.keys((globalThis as { dialer?: object }).dialer ?? {}));
    for (const raw of ['invoke', 'send', 'ipcRenderer', 'on'])
      assert.ok(!keys.includes(raw), `window.dialer.${raw}`);
    return page;
  });

  await step('the status line names the simulator the switch points at', () =>
    panel
      .getByText(`Testing against ${new URL(sim.baseUrl).host}`)
      .first()
      .waitFor(),
  );

  await step('the extension and token are set through the panel', async () => {
    await panel.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await panel.getByLabel('Your extension').fill(sim.extension);
    await panel.getByRole('button', { name: 'Save settings' }).click();
    await panel.getByText('Settings saved.').waitFor();
    await panel.getByLabel('Xima API token').fill(sim.token);
    await panel.getByRole('button', { name: 'Save token' }).click();
    await panel.getByText(/^Token saved/).waitFor();
    await panel.getByRole('navigation').getByRole('button', { name: 'Home' }).click();
    await panel.getByText('Ready', { exact: true }).waitFor();
  });

  await step('a number dialed from the box makes exactly one POST', async () => {
    await panel.getByLabel('Number to dial').fill('385 555 1234');
    await panel.getByLabel('Number to dial').press('Enter');
    await until('the click-to-dial POST', () => clickToDials(sim) >= 1);
    // Anything retried or sent twice would have arrived by now.
    await sleep(1_500);
    assert.equal(clickToDials(sim), 1);
  });

  await step('a tel: link given to a second copy is confirmed in the first', async () => {
    assert.equal(await launchSecondCopy(ctx), 0);
    await panel.getByRole('heading', { name: 'A link asks to call…' }).waitFor();
    await panel.getByRole('button', { name: /555-0142/ }).waitFor();
    assert.equal(clickToDials(sim), 1, 'a link dials only once the agent confirms');
  });
}

/** Runs the scenario against a fresh simulator and profile; prints each step, and the app's output on failure. */
export async function runElectronSmoke(electron: string, root: string): Promise<boolean> {
  const profile = mkdtempSync(join(tmpdir(), 'xtd-electron-'));
  const sim = await startSimulator({ https: false });
  const ctx = { electron, root, env: childEnv(profile), args: profileArgs(profile), output: [] as string[] };
  try {
    await run(ctx, sim);
    console.log('The real app passed its smoke test.');
    return true;
  } catch (error) {
    console.error(`FAILED: ${error instanceof Error ? error.message : String(error)}`);
    const tail = ctx.output.join('').split('\n').slice(-40).join('\n');
    if (tail.trim()) console.error(`--- the app's last output ---\n${tail}`);
    return false;
  } finally {
    await sim.close();
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  }
}
