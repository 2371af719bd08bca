// The README's first command, after install and build: run the main jobs of the `gisement` CLI
// on the embedded synthetic town (data-samples/albi), print where the outputs are, then build the
// planning map (apps/map, with the sample's layers computed ahead) and serve it on 127.0.0.1,
// printing its URL, until Ctrl-C. `--no-map` stops after the jobs.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sample = join(root, 'data-samples/albi');
const out = join(root, 'out/albi');
const cli = join(root, 'packages/cli/dist/main.js');

const jobs = [
  ['terrain', join(sample, 'dsm.tif'), '--out', out],
  ['solar', join(sample, 'dsm.tif'), '--out', out],
  ['roofs', join(sample, 'dsm.tif'), '--buildings', join(sample, 'buildings.geojson'), '--out', join(out, 'roofs')],
  [
    'footfall',
    '--streets',
    join(sample, 'streets.geojson'),
    '--counts',
    join(sample, 'counts.csv'),
    '--sites',
    join(sample, 'counters.geojson'),
    '--pois',
    join(sample, 'shops.geojson'),
    '--candidates',
    join(sample, 'candidates.geojson'),
    '--holidays',
    '2024-04-01',
    '--out',
    join(out, 'footfall'),
  ],
];
for (const args of jobs) {
  process.stderr.write(`\n$ gisement ${args.map((a) => relative(root, a) || a).join(' ')}\n`);
  execFileSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
}

const list = (dir) => readdirSync(dir).filter((name) => !name.startsWith('.'));
process.stdout.write(`\nSample town (synthetic, near Albi, Lambert-93): ${relative(root, sample)}/\n`);
process.stdout.write(`Outputs in ${relative(root, out)}/:\n`);
for (const name of list(out)) process.stdout.write(`  ${name}\n`);
process.stdout.write('\nNext: `pnpm gisement info out/albi/irradiation.tif`, or open the .tif files in QGIS.\n');

if (!process.argv.includes('--no-map')) {
  const { build, preview } = await import('vite');
  const app = join(root, 'apps/map');
  process.stderr.write('\nBuilding the planning map (apps/map)…\n');
  await build({ root: app, configFile: join(app, 'vite.config.ts'), logLevel: 'warn' });
  const server = await preview({
    root: app,
    configFile: join(app, 'vite.config.ts'),
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 4173, open: false },
  });
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
  process.stdout.write(`\nPlanning map of the sample town (offline, nothing leaves this machine): ${url}\n`);
  process.stdout.write('Open it in a browser; Ctrl-C stops the server.\n');
}
