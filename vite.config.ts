import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { mantineStylesWithComponents } from './src/cli/mantine-styles.ts';
import { START_NAMESPACES } from './src/web/i18n/start-namespaces.ts';

const OUT_DIR = '../../dist/web';
/** A language's message file, `src/web/i18n/<lang>.json` or `src/web/i18n/<namespace>/<lang>.json`. */
const MESSAGES = /[\\/]src[\\/]web[\\/]i18n[\\/](?:([^\\/]+)[\\/])?([a-z]{2,3})\.json$/;

/** The start namespaces of a language share one file; a module's namespace stays a file of its own. */
function messagesChunk(id: string): string | null {
  const match = MESSAGES.exec(id);
  if (!match) return null;
  const [, namespace = 'translation', language] = match;
  return START_NAMESPACES.includes(namespace) ? `messages-${language}` : `messages-${namespace}-${language}`;
}
const COMPRESSIBLE = /\.(?:js|mjs|css|html|json|svg|txt|map|webmanifest)$/;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Writes a .br and a .gz next to every text file of the build, at the strongest settings, so the
 * server sends them as they are (see mountWebClient in src/server/app.ts) instead of compressing
 * on every request.
 */
function precompress(): Plugin {
  return {
    name: 'custodes-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? '';
      // this build's own files only: the intake build writes into the same directory after the app's
      await Promise.all(
        Object.keys(bundle)
          .filter((file) => COMPRESSIBLE.test(file))
          .map(async (file) => {
            const path = join(dir, file);
            const content = await readFile(path);
            if (content.length < 1024) return;
            const [br, gz] = await Promise.all([
              brotli(content, {
                params: {
                  [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                  [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
                },
              }),
              gzipAsync(content, { level: 9 }),
            ]);
            await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
          }),
      );
    },
  };
}

/**
 * The public intake page (`report.html`, served at /p/<slug>/report) is built on its own, after the
 * app, into the same directory: it shares no chunk with the app, so neither carries the other's code
 * (the app's first chunk takes every module its entry needs; a shared build would put the intake's
 * React there too, or the intake's code in the app's). Its chunks are named `intake-…`.
 */
const intakeEnvironment = {
  consumer: 'client' as const,
  build: {
    outDir: OUT_DIR,
    emptyOutDir: false,
    copyPublicDir: false,
    rolldownOptions: {
      input: fileURLToPath(new URL('src/web/report.html', import.meta.url)),
      output: {
        entryFileNames: 'assets/intake-[hash].js',
        chunkFileNames: 'assets/intake-[name]-[hash].js',
        assetFileNames: 'assets/intake-[name]-[hash][extname]',
        // the page and its messages' loader in one file; libsodium and each language stay their own
        codeSplitting: { groups: [{ name: 'page', tags: ['$initial' as const] }] },
      },
    },
  },
};

export default defineConfig({
  root: 'src/web',
  plugins: [react(), mantineStylesWithComponents(), precompress()],
  environments: { intake: intakeEnvironment },
  builder: {
    async buildApp(builder) {
      await builder.build(builder.environments.client);
      await builder.build(builder.environments.intake);
    },
  },
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Fewer, larger files: on a slow link each request costs a round trip and half a kilobyte of
        // headers. What the first page needs (sign-in, shell, home: see router.tsx) is one file, and
        // each language's start messages another (see src/web/i18n/start-namespaces.ts).
        codeSplitting: {
          groups: [
            { name: 'app', tags: ['$initial'] },
            { name: messagesChunk, debugName: 'messages', test: MESSAGES },
          ],
        },
      },
    },
  },
  // JSON (the message files) is read through its default export only: no getter per top-level key
  json: { namedExports: false },
  server: { proxy: { '/api': 'http://localhost:8080' } },
});
