// Typed client for the sector map API (server: src/server/modules/sector-map).
import type {
  ActorCategory,
  ActorLevel,
  CategoryGroup,
  NameTranslations,
} from '../../core/sector-map/categories';
import type { OversightKind, RelationStatus, RelationType } from '../../core/sector-map/relations';
import { apiRequest, apiUpload, queryString } from './http';

export interface ActorRef {
  id: string;
  name: string;
  nameTranslations: NameTranslations;
  acronym: string | null;
  category: ActorCategory;
  group: CategoryGroup;
}

export interface Actor extends ActorRef {
  statutory: boolean;
  level: ActorLevel;
  region: string | null;
  legalBasis: string | null;
  mandate: string | null;
  headcountTotal: number | null;
  headcountWomen: number | null;
  parentId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ActorInput {
  name: string;
  nameTranslations: NameTranslations;
  acronym: string | null;
  category: ActorCategory;
  statutory: boolean;
  level: ActorLevel;
  region: string | null;
  legalBasis: string | null;
  mandate: string | null;
  headcountTotal: number | null;
  headcountWomen: number | null;
  parentId: string | null;
}

export interface Relation {
  id: string;
  sourceActorId: string;
  targetActorId: string;
  source: ActorRef;
  target: ActorRef;
  type: RelationType;
  oversightKind: OversightKind | null;
  status: RelationStatus;
  evidence: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface RelationInput {
  sourceActorId: string;
  targetActorId: string;
  type: RelationType;
  oversightKind: OversightKind | null;
  status: RelationStatus;
  evidence: string | null;
}

export interface OversightCoverage {
  actor: ActorRef;
  missing: OversightKind[];
  weak: OversightKind[];
  overseers: Array<{ kind: OversightKind; status: RelationStatus; overseer: ActorRef; via: ActorRef }>;
}

export interface RelationWithOther {
  id: string;
  type: RelationType;
  oversightKind: OversightKind | null;
  status: RelationStatus;
  evidence: string | null;
  other: ActorRef;
}

export interface ActorProfile {
  actor: Actor;
  parent: ActorRef | null;
  children: ActorRef[];
  outgoing: RelationWithOther[];
  incoming: RelationWithOther[];
  oversight: OversightCoverage | null;
}

export interface GraphNode extends ActorRef {
  statutory: boolean;
  parentId: string | null;
  missingOversight: OversightKind[];
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  oversightKind: OversightKind | null;
  status: RelationStatus;
}

export interface OversightGaps {
  requiredKinds: OversightKind[];
  assessedCount: number;
  gapCount: number;
  coverage: OversightCoverage[];
}

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
  updateActor: (slug: string, actorId: string, input: Partial<ActorInput>) =>
    apiRequest<{ actor: Actor }>('PATCH', `${ws(slug)}/actors/${id(actorId)}`, input),
  deleteActor: (slug: string, actorId: string, cascade: boolean) =>
    apiRequest<void>('DELETE', `${ws(slug)}/actors/${id(actorId)}${cascade ? '?cascade=true' : ''}`),

  listRelations: (slug: string, filter: { type?: string; category?: string } = {}) =>
    apiRequest<{ relations: Relation[] }>('GET', `${ws(slug)}/relations${queryString(filter)}`),
  createRelation: (slug: string, input: RelationInput) =>
    apiRequest<{ relation: Relation }>('POST', `${ws(slug)}/relations`, input),
  updateRelation: (slug: string, relationId: string, input: Partial<RelationInput>) =>
    apiRequest<{ relation: Relation }>('PATCH', `${ws(slug)}/relations/${id(relationId)}`, input),
  deleteRelation: (slug: string, relationId: string) =>
    apiRequest<void>('DELETE', `${ws(slug)}/relations/${id(relationId)}`),

  graph: (slug: string) =>
    apiRequest<{ nodes: GraphNode[]; edges: GraphEdge[] }>('GET', `${ws(slug)}/sector-map/graph`),
  oversightGaps: (slug: string) => apiRequest<OversightGaps>('GET', `${ws(slug)}/sector-map/oversight-gaps`),

  importFile: (slug: string, kind: TransferKind, file: File) =>
    apiUpload<{ imported: number }>(`${ws(slug)}/${kind}/import`, file),
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
