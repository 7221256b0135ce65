// Types of the API contract, read from the server's route definitions (type-only: nothing of the server
// is bundled). A route's JSON response for a status, and its JSON request body as the client sends it.
import type { z } from 'zod';

type Schema = z.ZodType;
type RouteLike = { responses: Record<number, unknown>; request?: unknown };

/** The JSON body a route answers with for `Status`. */
export type ResponseOf<
  Route extends RouteLike,
  Status extends keyof Route['responses'] = 200,
> = Route['responses'][Status] extends { content: { 'application/json': { schema: infer S extends Schema } } }
  ? z.output<S>
  : never;

/** The JSON body a route takes. */
export type BodyOf<Route extends RouteLike> = Route['request'] extends {
  body: { content: { 'application/json': { schema: infer S extends Schema } } };
}
  ? z.input<S>
  : never;
