import type { analysisRouteDefs } from '../../../../server/modules/finance/analysis-routes';
import type { scenarioRouteDefs } from '../../../../server/modules/finance/scenarios-routes';
import type { BodyOf, ResponseOf } from '../../../api/contract';
import { apiRequest, queryString } from '../../../api/http';
import { financeKeys, financePath } from '../financeQueries';

export type Sustainability = ResponseOf<typeof analysisRouteDefs.sustainability>;
export type SustainabilityYear = Sustainability['years'][number];
export type FinanceScenario = ResponseOf<typeof scenarioRouteDefs.list>['scenarios'][number];
export type NewFinanceScenario = BodyOf<typeof scenarioRouteDefs.create>;
export type FinanceScenarioPatch = BodyOf<typeof scenarioRouteDefs.update>;

const scenariosPath = (slug: string) => `${financePath(slug)}/scenarios`;
const scenarioPath = (slug: string, id: string) => `${scenariosPath(slug)}/${encodeURIComponent(id)}`;

export const sustainabilityApi = {
  defaults: (slug: string, currency: string | null) =>
    apiRequest<Sustainability>('GET', `${financePath(slug)}/sustainability${queryString({ currency })}`),
  projection: (slug: string, scenarioId: string, currency: string | null) =>
    apiRequest<Sustainability>(
      'GET',
      `${scenarioPath(slug, scenarioId)}/projection${queryString({ currency })}`,
    ),
  scenarios: (slug: string) =>
    apiRequest<{ scenarios: FinanceScenario[] }>('GET', scenariosPath(slug)).then((body) => body.scenarios),
  create: (slug: string, input: NewFinanceScenario) =>
    apiRequest<{ scenario: FinanceScenario }>('POST', scenariosPath(slug), input).then(
      (body) => body.scenario,
    ),
  update: (slug: string, id: string, patch: FinanceScenarioPatch) =>
    apiRequest<{ scenario: FinanceScenario }>('PATCH', scenarioPath(slug, id), patch).then(
      (body) => body.scenario,
    ),
  remove: (slug: string, id: string) => apiRequest<void>('DELETE', scenarioPath(slug, id)),
};

export const sustainabilityKeys = {
  scenarios: (slug: string) => [...financeKeys.all(slug), 'scenarios'] as const,
  table: (slug: string, scenarioId: string | null, currency: string | null) =>
    [...financeKeys.all(slug), 'sustainability', scenarioId ?? 'default', currency ?? 'default'] as const,
};
