import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/compress';
import { parseAccept } from 'hono/utils/accept';

export type Encoding = 'br' | 'gzip';
const SERVER_PREFERENCE: readonly Encoding[] = ['br', 'gzip'];
/** Below this, headers outweigh what compression saves. */
const MIN_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The encoding to answer with: the client's highest q among br and gzip, brotli on a tie. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const accepts = parseAccept(acceptEncoding);
  const wildcard = accepts.find((a) => a.type === '*')?.q ?? 0;
  let best: { encoding: Encoding; q: number } | null = null;
  for (const encoding of SERVER_PREFERENCE) {
    const q = accepts.find((a) => a.type.toLowerCase() === encoding)?.q ?? wildcard;
    if (q > 0 && (!best || q > best.q)) best = { encoding, q };
  }
  return best?.encoding ?? null;
}

/** Adds Accept-Encoding to Vary unless it is there already. */
export function varyOnEncoding(headers: Headers): void {
  const vary = headers.get('vary');
  if (
    vary === '*' ||
    vary
      ?.toLowerCase()
      .split(/\s*,\s*/)
      .includes('accept-encoding')
  )
    return;
  headers.set('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
}

/**
 * Compresses text responses made at run time (API JSON, CSV, index.html) with brotli or gzip, as the
 * client accepts. Static files arrive already encoded (precompressed at build) and are left alone.
 * Sign-in and account responses are not compressed: they carry session secrets next to what the
 * caller sent, which is what a compression side channel (BREACH) needs.
 */
export function compressResponses(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    if (c.req.method === 'HEAD' || res.status === 204 || res.status === 206) return;
    if (res.headers.has('content-encoding') || c.req.path.startsWith('/api/auth/')) return;
    const type = res.headers.get('content-type');
    if (!type || !COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type)) return;
    if (/(?:^|,)\s*no-transform\s*(?:,|$)/i.test(res.headers.get('cache-control') ?? '')) return;
    varyOnEncoding(res.headers);
    const encoding = chooseEncoding(c.req.header('accept-encoding'));
    const length = Number(res.headers.get('content-length') ?? Number.NaN);
    // `body` last: reading it turns @hono/node-server's light response into a full one (slow to send).
    if (!encoding || length < MIN_BYTES || !res.body) return;
    // run-time bodies here are whole strings or buffers (no streams), so buffering costs nothing
    const body = Buffer.from(await res.arrayBuffer());
    const compressed =
      body.length < MIN_BYTES
        ? null
        : encoding === 'br'
          ? await brotli(body, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: 5,
                [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
              },
            })
          : await gzipAsync(body, { level: 6 });
    c.res = new Response(compressed ?? body, res);
    if (!compressed) return;
    c.res.headers.delete('content-length');
    c.res.headers.set('content-encoding', encoding);
    const etag = c.res.headers.get('etag');
    if (etag && !etag.startsWith('W/')) c.res.headers.set('etag', `W/${etag}`);
  };
}
