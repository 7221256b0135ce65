import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import { AppError } from '../core/errors/app-error.ts';

/** Where a command sends its requests instead of opening the database. */
export interface ServerTarget {
  url: string;
  token: string;
}

export interface ServerOptions {
  server?: string;
  token?: string;
}

export function parseServerUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError('give the server address, for example http://localhost:8080');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new InvalidArgumentError('the server address must start with http:// or https://');
  return url.toString().replace(/\/+$/, '');
}

/** Adds --server and --token to a command that can go through the HTTP API. */
export function withServerOptions(command: Command): Command {
  return command
    .option(
      '--server <url>',
      'go through this running server instead of opening the database (or CUSTODES_SERVER)',
      parseServerUrl,
    )
    .option('--token <token>', 'personal API token from your profile page (or CUSTODES_TOKEN)');
}

/**
 * The server to talk to, from the options or else the environment; null means "open the database".
 * Half a pair is an error, so a command never falls back to the database by surprise.
 */
export function serverTarget(
  options: ServerOptions,
  env: NodeJS.ProcessEnv = process.env,
): ServerTarget | null {
  const url = options.server ?? (env.CUSTODES_SERVER ? parseServerUrl(env.CUSTODES_SERVER) : undefined);
  const token = options.token ?? (env.CUSTODES_TOKEN || undefined);
  if (!url && !token) return null;
  if (!url) throw new AppError('bad_request', '--token needs --server URL (or CUSTODES_SERVER)');
  if (!token)
    throw new AppError(
      'bad_request',
      '--server needs --token (or CUSTODES_TOKEN): create a personal API token on your profile page',
    );
  return { url, token };
}

/** For commands the HTTP API does not offer: they only ever open the database themselves. */
export function refuseServer(command: string, options: ServerOptions, env: NodeJS.ProcessEnv = process.env) {
  const source = options.server ? '--server' : env.CUSTODES_SERVER ? 'CUSTODES_SERVER' : null;
  if (!source) return;
  throw new AppError(
    'bad_request',
    `${command} cannot go through the server (${source} given): it opens the database directly, so stop the server and run it without ${source}`,
  );
}

/** The `error` of a refusal, as every Custodes route writes it. */
export interface ServerError {
  code?: string;
  message?: unknown;
  details?: Record<string, unknown>;
}

/** A thin JSON client for the Custodes API, authenticated with a personal API token. */
export class ServerClient {
  /** A null token is for the public endpoints (an integrity report), which take no account. */
  constructor(private readonly target: { url: string; token: string | null }) {}

  get<T>(path: string, onError?: (error: ServerError) => void): Promise<T> {
    return this.request<T>('GET', path, undefined, onError);
  }

  post<T>(path: string, body: unknown, onError?: (error: ServerError) => void): Promise<T> {
    return this.request<T>('POST', path, body, onError);
  }

  /**
   * Posts files as the repeated multipart field `file`. `onError` sees the error body of a refusal first,
   * to report it in its own way (an import's errors by line), or to let the generic message stand.
   */
  postFiles<T>(path: string, files: string[], onError?: (error: ServerError) => void): Promise<T> {
    const form = new FormData();
    for (const file of files) form.append('file', new File([readFileSync(file)], basename(file)));
    return this.request<T>('POST', path, form, onError);
  }

  /** Posts a multipart form the command built itself (parts that are not files on disk). */
  postForm<T>(path: string, form: FormData, onError?: (error: ServerError) => void): Promise<T> {
    return this.request<T>('POST', path, form, onError);
  }

  private async request<T>(
    method: string,
    path: string,
    body?: unknown,
    onError?: (error: ServerError) => void,
  ): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.target.token) headers.authorization = `Bearer ${this.target.token}`;
    const multipart = body instanceof FormData;
    if (body !== undefined && !multipart) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(`${this.target.url}${path}`, {
        method,
        headers,
        body: body === undefined || multipart ? (body as FormData | undefined) : JSON.stringify(body),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new AppError(
        'bad_request',
        `cannot reach the server at ${this.target.url} (${cause?.code ?? cause?.message ?? (error as Error).message})`,
      );
    }
    const parsed = await response.json().catch(() => undefined);
    if (response.ok && parsed !== undefined) return parsed as T;
    const error = (parsed as { error?: ServerError } | undefined)?.error;
    if (error && onError) onError(error);
    const message = error?.message;
    if (typeof message === 'string') throw new AppError('bad_request', message.replace(/\s+/g, ' '));
    throw new AppError(
      'bad_request',
      `${this.target.url} did not answer as a Custodes server (HTTP ${response.status} for ${method} ${path})`,
    );
  }
}

/** The client for a command run with --server, or null to open the database. */
export function serverClient(options: ServerOptions): ServerClient | null {
  const target = serverTarget(options);
  return target ? new ServerClient(target) : null;
}
