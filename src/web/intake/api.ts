import type { publicIntegrityRouteDefs } from '../../server/modules/integrity/public-routes';
import type { ResponseOf } from '../api/contract';

export type PublicChannel = ResponseOf<typeof publicIntegrityRouteDefs.channel>;
export type AccessedReport = ResponseOf<typeof publicIntegrityRouteDefs.access>;
export type SentMessage = ResponseOf<typeof publicIntegrityRouteDefs.sendMessage, 201>;
export type Submitted = ResponseOf<typeof publicIntegrityRouteDefs.submit, 201>;

/** A refusal by the server, by status; `retryAfterSeconds` for 429. */
export class IntakeHttpError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterSeconds: number | null,
    /** The server's message (English, for decisions in code only: the page shows its own text). */
    readonly serverMessage: string | null = null,
  ) {
    super(`HTTP ${status}`);
  }
}

/** The slug of `/p/<slug>/report`. */
export function slugFromLocation(pathname = location.pathname): string {
  const match = /^\/p\/([^/]+)\/report\/?$/.exec(pathname);
  return match ? decodeURIComponent(match[1]) : '';
}

/** No cookie, no referrer: the intake endpoints need neither, and nothing should link a report to a session. */
async function send<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(path, {
    ...init,
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    cache: 'no-store',
  });
  if (!response.ok) {
    const retryAfter = Number(response.headers.get('retry-after'));
    const body = (await response.json().catch(() => null)) as { error?: { message?: unknown } } | null;
    const message = typeof body?.error?.message === 'string' ? body.error.message : null;
    throw new IntakeHttpError(
      response.status,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
      message,
    );
  }
  return (await response.json()) as T;
}

const base = (slug: string) => `/api/public/${encodeURIComponent(slug)}`;
const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

export const fetchChannel = (slug: string, signal?: AbortSignal) =>
  send<PublicChannel>(`${base(slug)}/channel`, { signal });

/** JSON without files; multipart with a `report` part and one `file` part per encrypted file otherwise. */
export function submitReport(slug: string, report: unknown, files: Uint8Array[]): Promise<Submitted> {
  if (files.length === 0) return send<Submitted>(`${base(slug)}/reports`, json(report));
  const form = new FormData();
  form.append('report', JSON.stringify(report));
  // generic names: the real names are inside the encrypted report
  for (const [index, file] of files.entries())
    form.append(
      'file',
      new Blob([file as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }),
      `evidence-${index + 1}`,
    );
  return send<Submitted>(`${base(slug)}/reports`, { method: 'POST', body: form });
}

export const accessReport = (slug: string, receipt: string) =>
  send<AccessedReport>(`${base(slug)}/reports/access`, json({ receipt }));

export const sendReply = (slug: string, receipt: string, ciphertext: string) =>
  send<SentMessage>(`${base(slug)}/reports/messages`, json({ receipt, ciphertext }));
