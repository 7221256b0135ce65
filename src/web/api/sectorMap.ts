// Typed client for the sector map API (server: src/server/modules/sector-map).
import type { z } from 'zod';
import type {
  ActorInputSchema,
  ActorPatchSchema,
  ActorProfileSchema,
  ActorRefSchema,
  ActorSchema,
  GraphSchema,
  ImportResultSchema,
  OversightCoverageSchema,
  OversightGapsSchema,
  RelationInputSchema,
  RelationPatchSchema,
  RelationSchema,
  RelationWithOtherSchema,
} from '../../server/modules/sector-map/schemas';
import { apiRequest, apiUpload, queryString } from './http';

// Request and response shapes are the server's route schemas (types only: nothing of the server is bundled).
export type ActorRef = z.output<typeof ActorRefSchema>;
export type Actor = z.output<typeof ActorSchema>;
export type ActorInput = z.input<typeof ActorInputSchema>;
export type ActorPatch = z.input<typeof ActorPatchSchema>;
export type Relation = z.output<typeof RelationSchema>;
export type RelationInput = z.input<typeof RelationInputSchema>;
export type RelationPatch = z.input<typeof RelationPatchSchema>;
export type OversightCoverage = z.output<typeof OversightCoverageSchema>;
export type RelationWithOther = z.output<typeof RelationWithOtherSchema>;
export type ActorProfile = z.output<typeof ActorProfileSchema>;
export type SectorGraph = z.output<typeof GraphSchema>;
export type GraphNode = SectorGraph['nodes'][number];
export type GraphEdge = SectorGraph['edges'][number];
export type OversightGaps = z.output<typeof OversightGapsSchema>;

export type TransferKind = 'actors' | 'relations';
export type FileFormat = 'csv' | 'xlsx';

const ws = (slug: string) => `/api/workspaces/${encodeURIComponent(slug)}`;
const id = (value: string) => encodeURIComponent(value);

export const sectorMapApi = {
  listActors: (slug: string, filter: { category?: string; group?: string } = {}) =>
    apiRequest<{ actors: Actor[] }>('GET', `${ws(slug)}/actors${queryString(filter)}`),
  getActorProfile: (slug: string, actorId: string) =>
    apiRequest<ActorProfile>('GET', `${ws(slug)}/actors/${id(actorId)}`),
  createActor: (slug: string, input: ActorInput) =>
    apiRequest<{ actor: Actor }>('POST', `${ws(slug)}/actors`, input),
  updateActor: (slug: string, actorId: string, input: ActorPatch) =>
    apiRequest<{ actor: Actor }>('PATCH', `${ws(slug)}/actors/${id(actorId)}`, input),
  deleteActor: (slug: string, actorId: string, cascade: boolean) =>
    apiRequest<void>('DELETE', `${ws(slug)}/actors/${id(actorId)}${cascade ? '?cascade=true' : ''}`),

  listRelations: (slug: string, filter: { type?: string; category?: string } = {}) =>
    apiRequest<{ relations: Relation[] }>('GET', `${ws(slug)}/relations${queryString(filter)}`),
  createRelation: (slug: string, input: RelationInput) =>
    apiRequest<{ relation: Relation }>('POST', `${ws(slug)}/relations`, input),
  updateRelation: (slug: string, relationId: string, input: RelationPatch) =>
    apiRequest<{ relation: Relation }>('PATCH', `${ws(slug)}/relations/${id(relationId)}`, input),
  deleteRelation: (slug: string, relationId: string) =>
    apiRequest<void>('DELETE', `${ws(slug)}/relations/${id(relationId)}`),

  graph: (slug: string) => apiRequest<SectorGraph>('GET', `${ws(slug)}/sector-map/graph`),
  oversightGaps: (slug: string) => apiRequest<OversightGaps>('GET', `${ws(slug)}/sector-map/oversight-gaps`),

  importFile: (slug: string, kind: TransferKind, file: File) =>
    apiUpload<z.output<typeof ImportResultSchema>>(`${ws(slug)}/${kind}/import`, file),
  /** A plain link: the browser downloads it with the session cookie. */
  exportUrl: (slug: string, kind: TransferKind, format: FileFormat) =>
    `${ws(slug)}/${kind}/export?format=${format}`,
};

/** Every sector-map query sits under one key, so any change refreshes the registry, graph and gaps. */
export const sectorMapKeys = {
  all: (slug: string) => ['workspace', slug, 'sector-map'] as const,
  actors: (slug: string) => ['workspace', slug, 'sector-map', 'actors'] as const,
  relations: (slug: string) => ['workspace', slug, 'sector-map', 'relations'] as const,
  profile: (slug: string, actorId: string) => ['workspace', slug, 'sector-map', 'profile', actorId] as const,
  graph: (slug: string) => ['workspace', slug, 'sector-map', 'graph'] as const,
  gaps: (slug: string) => ['workspace', slug, 'sector-map', 'gaps'] as const,
};
