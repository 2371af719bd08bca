import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { SAMPLE_FILES } from './src/data/sampleFiles.js';

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

/** Serve the sample town's files in development and copy them into the build, unchanged. */
function sampleTown(): Plugin {
  return {
    name: 'gisement-sample-town',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /\/sample\/([\w.-]+)$/.exec(req.url?.split('?')[0] ?? '');
        if (!match || !SAMPLE_NAMES.includes(match[1])) return next();
        res.setHeader('Content-Type', match[1].endsWith('.tif') ? 'image/tiff' : 'application/geo+json');
        res.end(sampleFile(match[1]));
      });
    },
    generateBundle() {
      for (const name of SAMPLE_NAMES) {
        this.emitFile({ type: 'asset', fileName: `sample/${name}`, source: sampleFile(name) });
      }
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
