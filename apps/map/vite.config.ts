import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig, type Plugin, runnerImport } from 'vite';
import type { precomputeSample } from './src/data/precomputeSample.js';
import { SAMPLE_FILES } from './src/data/sampleFiles.js';
import { SAMPLE_RESULTS_FILE } from './src/data/sampleResults.js';
import { initialState } from './src/state/appState.js';

const SAMPLE_NAMES: readonly string[] = Object.values(SAMPLE_FILES);

const here = fileURLToPath(new URL('.', import.meta.url));
/** The sample folder: `data-samples/albi` of this repository unless GISEMENT_SAMPLE_DIR says otherwise. */
const sampleDir = resolve(here, process.env.GISEMENT_SAMPLE_DIR ?? '../../data-samples/albi');

function sampleFile(name: string): Buffer {
  const path = resolve(sampleDir, name);
  if (!existsSync(path)) {
    throw new Error(
      `sample file ${path} is missing: generate the sample town with ` +
        '`npx tsc -b data-samples && node data-samples/dist/main.js` from the repository root',
    );
  }
  return readFileSync(path);
}

/**
 * The sample's layers computed in Node by the app's own worker chain (src/data/precomputeSample.ts,
 * loaded through Vite's module runner so the workspace packages resolve to their TypeScript
 * sources, like in the app), as the bytes of `sample/terrain-layers.bin`.
 */
async function computeSampleResults(): Promise<Uint8Array> {
  const { module } = await runnerImport<{ precomputeSample: typeof precomputeSample }>(
    resolve(here, 'src/data/precomputeSample.ts'),
    {
      root: here,
      logLevel: 'error',
      environments: { inline: { resolve: { noExternal: [/^@gisement\//], conditions: ['source'] } } },
    },
  );
  const dsm = sampleFile(SAMPLE_FILES.dsm);
  const dsmBytes = dsm.buffer.slice(dsm.byteOffset, dsm.byteOffset + dsm.byteLength) as ArrayBuffer;
  const buildingsText = sampleFile(SAMPLE_FILES.buildings).toString('utf8');
  return module.precomputeSample(dsmBytes, buildingsText, initialState('en').hillshade);
}

/**
 * Serve the sample town's files in development and copy them into the build, unchanged, with
 * their computed layers (computed once, when the server starts or the build writes its files).
 */
function sampleTown(): Plugin {
  let results: Promise<Uint8Array> | undefined;
  const sampleResults = () => {
    results ??= computeSampleResults();
    return results;
  };
  return {
    name: 'gisement-sample-town',
    configureServer(server) {
      // Started now, so the layers are ready when the browser first asks for them.
      sampleResults().catch((error: unknown) => server.config.logger.error(`sample layers not computed: ${error}`));
      server.middlewares.use((req, res, next) => {
        const match = /\/sample\/([\w.-]+)$/.exec(req.url?.split('?')[0] ?? '');
        if (match?.[1] === SAMPLE_RESULTS_FILE) {
          // Without them the app computes the sample in its worker.
          sampleResults().then(
            (bytes) => {
              res.setHeader('Content-Type', 'application/octet-stream');
              res.end(bytes);
            },
            () => {
              res.statusCode = 404;
              res.end();
            },
          );
          return;
        }
        if (!match || !SAMPLE_NAMES.includes(match[1])) return next();
        res.setHeader('Content-Type', match[1].endsWith('.tif') ? 'image/tiff' : 'application/geo+json');
        res.end(sampleFile(match[1]));
      });
    },
    buildStart() {
      // Computed while the app is bundled; generateBundle reports a failure.
      sampleResults().catch(() => undefined);
    },
    async generateBundle() {
      for (const name of SAMPLE_NAMES) {
        this.emitFile({ type: 'asset', fileName: `sample/${name}`, source: sampleFile(name) });
      }
      this.emitFile({ type: 'asset', fileName: `sample/${SAMPLE_RESULTS_FILE}`, source: await sampleResults() });
    },
  };
}

export default defineConfig({
  // Relative asset paths: the built app works from any folder or static host.
  base: './',
  // Workspace packages resolve to their TypeScript sources, like in the tests.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  worker: { format: 'es' },
  plugins: [sampleTown()],
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
