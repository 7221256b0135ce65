import { randomUUID } from 'node:crypto';
import { findFramework } from '../../core/frameworks/index.ts';
import { channelSettings } from '../modules/integrity/channel-fixtures.ts';
import type { HomeIds, OwnIds } from './world.ts';

/**
 * A valid body for every write route, so a refusal is never a validation error in disguise.
 * A new write route without one here fails every pass with "add a valid body for …".
 */
export const VALID_BODIES: Record<string, unknown> = {
  'POST /api/workspaces': { name: 'Walked programme', slug: 'walked-programme' },
  'POST /api/me/tokens': { name: 'Walked token' },
  'PATCH /api/me': { language: 'fr' },
  'POST /api/invitations/{id}/accept': {},
  'PATCH /api/workspaces/{slug}': { name: 'Taken over', requiredOversightKinds: ['judicial'] },
  'PATCH /api/workspaces/{slug}/members/{memberId}': { role: 'viewer' },
  'POST /api/workspaces/{slug}/invitations': { email: 'intruder@example.org', role: 'admin' },
  'POST /api/workspaces/{slug}/oversight-notes': { title: 'Intrusion', body: 'Should not land' },
  'PATCH /api/workspaces/{slug}/oversight-notes/{id}': { title: 'Changed' },
  'POST /api/workspaces/{slug}/actors': { name: 'Intruder Militia', category: 'militia' },
  'PATCH /api/workspaces/{slug}/actors/{actorId}': { name: 'Renamed' },
  // import routes take a multipart file; writers are checked before the body is read
  'POST /api/workspaces/{slug}/actors/import': { file: 'not read' },
  'POST /api/workspaces/{slug}/relations/import': { file: 'not read' },
  'POST /api/workspaces/{slug}/relations': { sourceActorId: 'x', targetActorId: 'y', type: 'command' },
  'PATCH /api/workspaces/{slug}/relations/{relationId}': { status: 'suspended' },
  'POST /api/workspaces/{slug}/needs': { title: 'Intrusion', severity: 3, importance: 3 },
  'PATCH /api/workspaces/{slug}/needs/{needId}': { status: 'dropped' },
  'POST /api/workspaces/{slug}/assessments/{assessmentId}/needs': {},
  'POST /api/workspaces/{slug}/actors/{actorId}/swot': { kind: 'threat', text: 'Intrusion' },
  'POST /api/workspaces/{slug}/consultations': {
    heldOn: '2026-01-01',
    place: 'Intrusion',
    format: 'online',
    participants: [],
    topics: ['Intrusion'],
    findings: 'Should not land',
  },
  'PATCH /api/workspaces/{slug}/consultations/{consultationId}': { place: 'Moved' },
  'POST /api/workspaces/{slug}/frameworks': { ...findFramework('ssr-dimensions'), id: 'intruder-framework' },
  'POST /api/workspaces/{slug}/frameworks/import': { file: 'not read' },
  'POST /api/workspaces/{slug}/assessments': {
    title: 'Intrusion',
    frameworkId: 'ssg-ten-criteria',
    scope: 'sector',
    leadSide: 'donor',
    team: [{ userId: 'x', side: 'donor', teamRole: 'lead' }],
  },
  'PATCH /api/workspaces/{slug}/assessments/{assessmentId}': { title: 'Taken over' },
  'PUT /api/workspaces/{slug}/assessments/{assessmentId}/answers/{itemId}': { answer: 0 },
  'POST /api/workspaces/{slug}/assessments/{assessmentId}/transitions': { action: 'return' },
  'PUT /api/workspaces/{slug}/assessments/{assessmentId}/baseline': { isBaseline: false },
  'POST /api/workspaces/{slug}/assessments/{assessmentId}/review-comments': {
    itemId: 'x',
    body: 'Intrusion',
  },
  'PATCH /api/workspaces/{slug}/assessments/{assessmentId}/review-comments/{commentId}': { resolved: true },
  // evidence is a multipart upload; the team is checked before the body is read
  'POST /api/workspaces/{slug}/assessments/{assessmentId}/evidence': { file: 'not read' },
  'POST /api/workspaces/{slug}/plans': { name: 'Intrusion', startMonth: '2027-01', horizonMonths: 12 },
  'PATCH /api/workspaces/{slug}/plans/{planId}': { name: 'Taken over' },
  'POST /api/workspaces/{slug}/plans/{planId}/approve': {},
  'POST /api/workspaces/{slug}/plans/{planId}/scenarios': { name: 'Intrusion' },
  'PUT /api/workspaces/{slug}/plans/{planId}/schedule': { starts: {} },
  'POST /api/workspaces/{slug}/plans/{planId}/items': { kind: 'programme', code: 'X1', name: 'Intrusion' },
  'PATCH /api/workspaces/{slug}/plans/{planId}/items/{itemId}': { name: 'Taken over' },
  'POST /api/workspaces/{slug}/plans/{planId}/dependencies': { predecessorId: 'x', successorId: 'y' },
  'POST /api/workspaces/{slug}/plans/{planId}/resources': {
    name: 'Intrusion',
    kind: 'custom',
    unit: 'units',
    limitKind: 'concurrent',
    capacityPeriod: 'month',
    capacities: [1],
  },
  'PATCH /api/workspaces/{slug}/plans/{planId}/resources/{resourceId}': { capacities: [0] },
  'POST /api/workspaces/{slug}/plans/{planId}/risks': {
    title: 'Intrusion',
    category: 'spoilers',
    likelihood: 1,
    impact: 1,
  },
  'PATCH /api/workspaces/{slug}/plans/{planId}/risks/{riskId}': { status: 'closed' },
  'POST /api/workspaces/{slug}/plans/{planId}/optimisations': { schedules: 100 },
  'POST /api/workspaces/{slug}/plans/{planId}/optimisations/{optimisationId}/cancel': {},
  'POST /api/workspaces/{slug}/plans/{planId}/optimisations/{optimisationId}/apply': {},
  'POST /api/workspaces/{slug}/audit/checkpoints': {},
  'PUT /api/workspaces/{slug}/finance/settings': { reportingCurrency: 'EUR', fiscalYearStartMonth: 7 },
  'POST /api/workspaces/{slug}/finance/budget-lines': {
    fiscalYear: 2026,
    cofog: '02.1',
    economicClass: 'capital',
    currency: 'XOF',
    approved: 1,
  },
  'PATCH /api/workspaces/{slug}/finance/budget-lines/{budgetLineId}': { approved: 2 },
  // finance imports take a multipart file; writers are checked before the body is read
  'POST /api/workspaces/{slug}/finance/budget-lines/import': { file: 'not read' },
  'POST /api/workspaces/{slug}/finance/macro/import': { file: 'not read' },
  'POST /api/workspaces/{slug}/finance/exchange-rates/import': { file: 'not read' },
  'PUT /api/workspaces/{slug}/finance/macro/{fiscalYear}': { gdp: 1, revenue: 1, expenditure: 1 },
  'POST /api/workspaces/{slug}/finance/exchange-rates': {
    fromCurrency: 'USD',
    toCurrency: 'XOF',
    rateDate: '2026-02-01',
    rate: 600,
  },
  'POST /api/workspaces/{slug}/finance/funders': { name: 'Intrusion', type: 'bilateral' },
  'PATCH /api/workspaces/{slug}/finance/funders/{funderId}': { name: 'Taken over' },
  'PUT /api/workspaces/{slug}/finance/funders/{funderId}/members': { userIds: [] },
  'POST /api/workspaces/{slug}/finance/flows': {
    funderId: 'walked-funder',
    kind: 'commitment',
    amount: 1,
    currency: 'USD',
    flowDate: '2027-01-01',
  },
  'PATCH /api/workspaces/{slug}/finance/flows/{flowId}': { amount: 2 },
  'POST /api/workspaces/{slug}/finance/scenarios': { name: 'Intrusion', assumptions: {} },
  'PATCH /api/workspaces/{slug}/finance/scenarios/{financeScenarioId}': { name: 'Taken over' },
  'POST /api/workspaces/{slug}/coordination/mechanisms': { name: 'Intrusion', kind: 'joint_committee' },
  'PATCH /api/workspaces/{slug}/coordination/mechanisms/{mechanismId}': { name: 'Taken over' },
  'POST /api/workspaces/{slug}/coordination/mechanisms/{mechanismId}/meetings': { heldOn: '2027-01-01' },
  'PATCH /api/workspaces/{slug}/coordination/meetings/{meetingId}': { summary: 'Taken over' },
  'POST /api/workspaces/{slug}/coordination/mechanisms/{mechanismId}/actions': { description: 'Intrusion' },
  'PATCH /api/workspaces/{slug}/coordination/actions/{actionId}': { status: 'done' },
  'POST /api/workspaces/{slug}/coordination/mechanisms/{mechanismId}/commitments': {
    party: 'government',
    commitment: 'Intrusion',
    dueDate: '2027-01-01',
  },
  'PATCH /api/workspaces/{slug}/coordination/commitments/{commitmentId}': { status: 'met' },
  // the IATI import takes a multipart file; writers are checked before the body is read
  'POST /api/workspaces/{slug}/iati/imports': { file: 'not read' },
  'PATCH /api/workspaces/{slug}/iati/activities/{iatiActivityId}': { planItemId: null, reviewed: true },
  'POST /api/workspaces/{slug}/monitoring/flags/{flagId}/decision': { decision: 'drop', reason: 'Intrusion' },
  'POST /api/workspaces/{slug}/monitoring/flags/{flagId}/scenario': { note: 'Intrusion' },
  'POST /api/workspaces/{slug}/monitoring/assessment-values/sync': {},
  'PUT /api/workspaces/{slug}/monitoring/data-entry': {
    dataSetId: 'x',
    orgUnitId: 'y',
    period: '2026Q1',
    values: [{ dataElementId: 'z', categoryOptionCombo: 'default', value: 1 }],
  },
  // the data value import takes a multipart file; writers are checked before the body is read
  'POST /api/workspaces/{slug}/monitoring/data-values/import': { file: 'not read' },
  'POST /api/workspaces/{slug}/monitoring/data-values/dataValueSets': {
    dataValues: [{ dataElement: 'x', period: '2026', orgUnit: 'y', value: '1' }],
  },
  'POST /api/workspaces/{slug}/monitoring/org-units': { code: 'INTRUDER', name: 'Intrusion' },
  'PATCH /api/workspaces/{slug}/monitoring/org-units/{orgUnitId}': { name: 'Taken over' },
  // the org unit import takes a multipart file; writers are checked before the body is read
  'POST /api/workspaces/{slug}/monitoring/org-units/import': { file: 'not read' },
  'POST /api/workspaces/{slug}/monitoring/categories': {
    code: 'INTRUDER',
    name: 'Intrusion',
    options: [{ code: 'A', name: 'A' }],
  },
  'PATCH /api/workspaces/{slug}/monitoring/categories/{categoryId}': { name: 'Taken over' },
  'POST /api/workspaces/{slug}/monitoring/data-elements': { code: 'INTRUDER', name: 'Intrusion' },
  'PATCH /api/workspaces/{slug}/monitoring/data-elements/{dataElementId}': { name: 'Taken over' },
  'POST /api/workspaces/{slug}/monitoring/data-sets': {
    code: 'INTRUDER',
    name: 'Intrusion',
    periodType: 'monthly',
  },
  'PATCH /api/workspaces/{slug}/monitoring/data-sets/{dataSetId}': { name: 'Taken over' },
  'POST /api/workspaces/{slug}/monitoring/results': { level: 'impact', code: 'INTRUDER', title: 'Intrusion' },
  'PATCH /api/workspaces/{slug}/monitoring/results/{resultId}': { title: 'Taken over' },
  'POST /api/workspaces/{slug}/monitoring/indicators': {
    code: 'INTRUDER',
    name: 'Intrusion',
    level: 'outcome',
    kind: 'administrative',
    numerator: '1',
  },
  'POST /api/workspaces/{slug}/monitoring/indicators/check-expression': { expression: '1' },
  'PATCH /api/workspaces/{slug}/monitoring/indicators/{indicatorId}': { name: 'Taken over' },
  'POST /api/workspaces/{slug}/monitoring/indicators/{indicatorId}/targets': {
    kind: 'target',
    period: '2027',
    orgUnitId: 'x',
    value: 1,
  },
  'PATCH /api/workspaces/{slug}/monitoring/targets/{targetId}': { value: 2 },
  'POST /api/workspaces/{slug}/monitoring/analytics/refresh': {},
  'POST /api/workspaces/{slug}/monitoring/analytics/query': {
    items: [{ type: 'dataElement', id: 'x' }],
    periods: ['2026'],
    orgUnits: {},
  },
  'POST /api/workspaces/{slug}/monitoring/analytics/export': {
    items: [{ type: 'dataElement', id: 'x' }],
    periods: ['2026'],
    orgUnits: {},
  },
  'POST /api/workspaces/{slug}/monitoring/dashboards': { name: 'Intrusion' },
  'PATCH /api/workspaces/{slug}/monitoring/dashboards/{dashboardId}': { name: 'Taken over' },
  'POST /api/workspaces/{slug}/monitoring/dashboards/{dashboardId}/charts': {
    title: 'Intrusion',
    type: 'pivot',
    config: { items: [{ type: 'dataElement', id: 'x' }], periods: ['2026'], orgUnits: {} },
  },
  'PATCH /api/workspaces/{slug}/monitoring/charts/{chartId}': { title: 'Taken over' },
  'POST /api/workspaces/{slug}/surveys': { title: 'Intrusion' },
  // the XLSForm uploads take a multipart file; designers are checked before the body is read
  'POST /api/workspaces/{slug}/surveys/import-form': { file: 'not read' },
  'POST /api/workspaces/{slug}/surveys/{surveyId}/form': { file: 'not read' },
  'POST /api/workspaces/{slug}/surveys/{surveyId}/submissions/import': { file: 'not read' },
  'PATCH /api/workspaces/{slug}/surveys/{surveyId}': { status: 'closed' },
  'POST /api/workspaces/{slug}/surveys/{surveyId}/library': { questions: ['trust_army'] },
  'POST /api/workspaces/{slug}/surveys/{surveyId}/public-link': {},
  // submission ids are unique across workspaces and the PostgreSQL test database outlives a run: fresh ones
  'POST /api/workspaces/{slug}/surveys/{surveyId}/submissions': {
    id: randomUUID(),
    answers: { trust_police: 'somewhat' },
    startedAt: null,
    completedAt: '2026-11-23T10:00:00.000Z',
  },
  'PUT /api/workspaces/{slug}/surveys/{surveyId}/design': {
    design: { ids: [], strata: null, weights: null, fpc: null },
    estimates: [{ stat: 'proportion', variable: 'trust_police' }],
  },
  // the preview writes nothing, but it is a designer's tool (it reads responses by any domain): viewers get 403
  'POST /api/workspaces/{slug}/surveys/{surveyId}/estimates': {
    estimates: [{ stat: 'proportion', variable: 'trust_police' }],
  },
  'POST /api/workspaces/{slug}/surveys/{surveyId}/publish': {
    indicatorId: 'walked-indicator',
    period: '2026',
    orgUnitId: 'walked-unit',
    variable: 'trust_police',
    categories: ['a_lot'],
  },
  // a public submission writes: the anonymous walk sends it once (201), the id is then a duplicate (200)
  'POST /api/public/{slug}/surveys/{token}/submissions': {
    id: randomUUID(),
    answers: { trust_police: 'a_lot' },
    startedAt: null,
    completedAt: '2026-11-23T10:00:00.000Z',
  },
  // integrity: the public bodies, the key and the message are sealed to home's recipients in integrity-world.ts
  'PUT /api/workspaces/{slug}/integrity/channel': channelSettings(),
  'POST /api/workspaces/{slug}/integrity/recipients': { userId: 'walked-user', role: 'handler' },
  'PATCH /api/workspaces/{slug}/integrity/cases/{caseId}': { status: 'acknowledged' },
  'POST /api/workspaces/{slug}/integrity/cases/{caseId}/identity-requests': { reason: 'Intrusion' },
  'POST /api/workspaces/{slug}/integrity/identity-requests/{requestId}/decision': { decision: 'refuse' },
  // well formed; whether it matches the chain is the route's answer, not the walk's concern
  'POST /api/workspaces/{slug}/audit/checkpoints/verify': {
    kind: 'custodes.audit-checkpoint',
    version: 1,
    chain: 'walked-chain',
    workspace: 'walked-workspace',
    seq: 1,
    headHash: '0'.repeat(64),
    time: '2026-01-01T00:00:00.000Z',
    publicKey: 'walked-key',
    signature: `${'A'.repeat(86)}==`,
  },
};

/** Routes anyone may call without signing in. */
export const PUBLIC_ROUTES = [
  'GET /api/health',
  'GET /api/invitations/{id}',
  'GET /api/audit/public-key',
  'GET /api/public/{slug}/surveys/{token}',
  'POST /api/public/{slug}/surveys/{token}/submissions',
  'GET /api/public/{slug}/channel',
  'POST /api/public/{slug}/reports',
  'POST /api/public/{slug}/reports/access',
  'POST /api/public/{slug}/reports/messages',
];

export const WRITE_METHODS = ['POST', 'PATCH', 'PUT', 'DELETE'];

/** POST routes that only read (the query is in the body): a viewer may call them, and they change nothing. */
export const READ_ONLY_POSTS = [
  'POST /api/workspaces/{slug}/monitoring/analytics/query',
  'POST /api/workspaces/{slug}/monitoring/analytics/export',
  'POST /api/workspaces/{slug}/monitoring/indicators/check-expression',
  // the receipt is in the body so it never sits in a URL
  'POST /api/public/{slug}/reports/access',
];

export function validBodyFor(method: string, path: string): unknown {
  const key = `${method} ${path}`;
  if (['POST', 'PATCH', 'PUT'].includes(method) && !(key in VALID_BODIES)) {
    throw new Error(`isolation walk: add a valid body for ${key} in src/server/isolation/examples.ts`);
  }
  return VALID_BODIES[key];
}

/**
 * Which record each path parameter names. `shared` ids (built-in framework items) belong to no
 * workspace, so they are never the "foreign child" of a mixed path. `own` names the outsider's record
 * of the same kind, where the outsider has one to use as a parent.
 */
interface ParamRule {
  param: string;
  within?: string;
  home: keyof HomeIds;
  own?: keyof OwnIds;
  shared?: boolean;
  /**
   * A value every workspace may use for a record of its own (a fiscal year): through the outsider's own
   * workspace it names the outsider's record, not home's, so only the straight attempt at home is walked.
   */
  naturalKey?: boolean;
}

const PARAM_RULES: ParamRule[] = [
  { param: 'memberId', home: 'member' },
  { param: 'id', within: '/invitations/', home: 'invitation' },
  { param: 'id', within: '/oversight-notes/', home: 'note' },
  { param: 'actorId', home: 'actor', own: 'actor' },
  { param: 'relationId', home: 'relation' },
  { param: 'needId', home: 'need' },
  { param: 'assessmentId', home: 'assessment', own: 'assessment' },
  { param: 'itemId', within: '/answers/', home: 'frameworkItem', shared: true },
  { param: 'commentId', home: 'comment' },
  { param: 'evidenceId', home: 'evidence' },
  { param: 'entryId', home: 'swotEntry' },
  { param: 'consultationId', home: 'consultation' },
  { param: 'frameworkId', home: 'framework' },
  { param: 'planId', home: 'plan', own: 'plan' },
  { param: 'otherPlanId', home: 'scenario' },
  { param: 'itemId', within: '/plans/', home: 'planItem' },
  { param: 'dependencyId', home: 'dependency' },
  { param: 'resourceId', home: 'resource' },
  { param: 'riskId', home: 'risk' },
  { param: 'optimisationId', home: 'optimisation' },
  { param: 'tokenId', home: 'token' },
  { param: 'budgetLineId', home: 'budgetLine' },
  { param: 'fiscalYear', home: 'macroYear', naturalKey: true },
  { param: 'rateId', home: 'exchangeRate' },
  { param: 'iatiActivityId', home: 'iatiActivity' },
  { param: 'mechanismId', home: 'mechanism' },
  { param: 'meetingId', home: 'meeting' },
  { param: 'actionId', home: 'coordinationAction' },
  { param: 'commitmentId', home: 'commitment' },
  { param: 'funderId', home: 'funder' },
  { param: 'flowId', home: 'flow' },
  { param: 'financeScenarioId', home: 'financeScenario' },
  { param: 'orgUnitId', home: 'orgUnit' },
  { param: 'categoryId', home: 'category' },
  { param: 'dataElementId', home: 'dataElement' },
  { param: 'dataSetId', home: 'dataSet' },
  { param: 'resultId', home: 'result' },
  { param: 'indicatorId', home: 'indicator' },
  { param: 'targetId', home: 'target' },
  { param: 'flagId', home: 'flag' },
  { param: 'dashboardId', home: 'dashboard' },
  { param: 'chartId', home: 'chart' },
  { param: 'surveyId', home: 'survey', own: 'survey' },
  { param: 'submissionId', home: 'submission' },
  { param: 'importId', home: 'responsesImport' },
  { param: 'token', within: '/surveys/', home: 'surveyToken' },
  { param: 'caseId', home: 'integrityCase' },
  { param: 'fileId', home: 'integrityFile' },
  { param: 'recipientId', home: 'integrityRecipient' },
  { param: 'requestId', home: 'integrityIdentityRequest' },
];

export function paramRule(path: string, param: string): ParamRule {
  const rule = PARAM_RULES.find((r) => r.param === param && (!r.within || path.includes(r.within)));
  if (!rule) {
    throw new Error(
      `isolation walk: say which record {${param}} in ${path} names (PARAM_RULES in src/server/isolation/examples.ts)`,
    );
  }
  return rule;
}

/** Whether the path's parameters name a record of home's (not only natural keys such as a fiscal year). */
export function namesHomeRecord(path: string): boolean {
  const params = pathParams(path);
  return params.length > 0 && params.some((param) => !paramRule(path, param).naturalKey);
}

/** Path parameters other than the workspace slug, in order. */
export function pathParams(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((p) => p !== 'slug');
}

/** The path with `slug` and each parameter's value filled in. */
export function fillPath(path: string, slug: string, value: (param: string) => string): string {
  return path.replace('{slug}', slug).replace(/\{(\w+)\}/g, (_m, param: string) => value(param));
}

/** Home's real record for every parameter. */
export function homeValues(path: string, ids: HomeIds) {
  return (param: string) => ids[paramRule(path, param).home];
}

/**
 * "Own parent, foreign child" variants: the first `depth` parameters are the outsider's own records,
 * the rest are home's, and at least one of the rest is a workspace record (not a shared id).
 */
export function mixedVariants(path: string, ids: HomeIds, own: OwnIds): Array<(param: string) => string> {
  const params = pathParams(path);
  const variants: Array<(param: string) => string> = [];
  for (let depth = 1; depth < params.length; depth += 1) {
    const parents = params.slice(0, depth).map((p) => paramRule(path, p));
    const children = params.slice(depth).map((p) => paramRule(path, p));
    if (parents.some((rule) => !rule.own)) break;
    if (children.every((rule) => rule.shared)) continue;
    variants.push((param) => {
      const rule = paramRule(path, param);
      const index = params.indexOf(param);
      return index < depth && rule.own ? own[rule.own] : ids[rule.home];
    });
  }
  return variants;
}

/** Bad bodies for routes whose request schema names no field (the framework document is checked in its service). */
export const BAD_BODIES: Record<string, { field: string; body: Record<string, unknown> }> = {
  'POST /api/workspaces/{slug}/frameworks': {
    field: 'name',
    body: { ...findFramework('ssr-dimensions'), id: 'bad-framework', name: 12345 },
  },
};
