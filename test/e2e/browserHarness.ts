import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, chromium } from 'playwright-core';

/** The repository root. */
export const repo = resolve(new URL('../..', import.meta.url).pathname);
/** Debian's Chromium; CI installs it (.ci/run), so there a missing browser fails the tests. */
export const CHROMIUM = '/usr/bin/chromium';
/** Whether the browser tests and benchmarks run here. */
export const RUN_BROWSER_TESTS = existsSync(CHROMIUM) || Boolean(process.env.CI);

/**
 * Build the map app (`vite build apps/map`) into a folder.
 * @param outDir folder written (emptied first)
 */
export function buildMapApp(outDir: string): void {
  execFileSync(
    process.execPath,
    [
      join(repo, 'node_modules/vite/bin/vite.js'),
      'build',
      'apps/map',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { cwd: repo, stdio: 'inherit' },
  );
}

/** Launch headless Chromium with software WebGL and no background traffic. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
