import { ifMatchFor, rememberVersions } from './versions';

/** An error response from the JSON API: `{ error: { code, message, details? } }` with its HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Thrown when the request never reached the server (offline, DNS, connection reset). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Network request failed', { cause });
    this.name = 'NetworkError';
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface ErrorEnvelope {
  error?: { code?: unknown; message?: unknown; details?: unknown };
}

async function readErrorEnvelope(response: Response): Promise<ApiError> {
  let envelope: ErrorEnvelope | undefined;
  try {
    envelope = (await response.json()) as ErrorEnvelope;
  } catch {
    envelope = undefined;
  }
  const code = typeof envelope?.error?.code === 'string' ? envelope.error.code : `http_${response.status}`;
  const message =
    typeof envelope?.error?.message === 'string' ? envelope.error.message : response.statusText || code;
  return new ApiError(response.status, code, message, envelope?.error?.details);
}

let onPreconditionFailed: (error: ApiError) => void = () => {};

/** Called once at start-up: what to show when a write meets a record someone else changed (412). */
export function setPreconditionFailedHandler(handler: (error: ApiError) => void): void {
  onPreconditionFailed = handler;
}

/**
 * Calls the same-origin JSON API with the session cookie; resolves to the parsed body (undefined for 204).
 * A PATCH or PUT carries If-Match with the version of the record as it was loaded; `options.ifMatch` gives
 * it explicitly (a write to a sub-address such as `…/design`, or a DELETE or POST that checks it).
 */
export async function apiRequest<T>(
  method: Method,
  path: string,
  body?: unknown,
  options?: { ifMatch?: number; signal?: AbortSignal },
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  // the interface language (set on <html>), for text the server writes for its reader
  if (typeof document !== 'undefined' && document.documentElement.lang)
    headers['Accept-Language'] = document.documentElement.lang;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const ifMatch =
    options?.ifMatch !== undefined
      ? `"${options.ifMatch}"`
      : method === 'PATCH' || method === 'PUT'
        ? ifMatchFor(path)
        : undefined;
  if (ifMatch) headers['If-Match'] = ifMatch;
  return send<T>(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: options?.signal,
  });
}

/** Posts a multipart form (the browser sets the content type and boundary). */
export async function apiPostForm<T>(path: string, form: FormData): Promise<T> {
  return send<T>(path, { method: 'POST', headers: { Accept: 'application/json' }, body: form });
}

/** Posts a file as the multipart field `file`. */
export async function apiUpload<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file);
  return apiPostForm<T>(path, form);
}

async function send<T>(path: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, credentials: 'include' });
  } catch (cause) {
    throw new NetworkError(cause);
  }
  if (!response.ok) {
    const error = await readErrorEnvelope(response);
    if (error.status === 412) onPreconditionFailed(error);
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const parsed = text ? JSON.parse(text) : undefined;
  rememberVersions(parsed);
  return parsed as T;
}

/** Builds a query string, leaving out empty values. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}
