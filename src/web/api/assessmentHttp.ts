// Requests the shared client (http.ts) does not make: PUT, and multipart forms with several fields.
// Errors come back as the same ApiError / NetworkError, so every page shows them the same way.
import { ApiError, NetworkError } from './http';

async function errorOf(response: Response): Promise<ApiError> {
  let envelope: { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined;
  try {
    envelope = await response.json();
  } catch {
    envelope = undefined;
  }
  const code = typeof envelope?.error?.code === 'string' ? envelope.error.code : `http_${response.status}`;
  const message =
    typeof envelope?.error?.message === 'string' ? envelope.error.message : response.statusText || code;
  return new ApiError(response.status, code, message, envelope?.error?.details);
}

async function send<T>(path: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, credentials: 'include' });
  } catch (cause) {
    throw new NetworkError(cause);
  }
  if (!response.ok) throw await errorOf(response);
  const text = response.status === 204 ? '' : await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export function putJson<T>(path: string, body: unknown): Promise<T> {
  return send<T>(path, {
    method: 'PUT',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** Posts a multipart form (the browser sets the content type and boundary). */
export function postForm<T>(path: string, form: FormData): Promise<T> {
  return send<T>(path, { method: 'POST', headers: { Accept: 'application/json' }, body: form });
}
