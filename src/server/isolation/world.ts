import { findFramework } from '../../core/frameworks/index.ts';
import { listItems } from '../../core/frameworks/structure.ts';
import type { Framework } from '../../core/frameworks/types.ts';
import { iatiXml, uploadIati } from '../modules/finance/iati-fixtures.ts';
import { seedReviewFlag } from '../modules/monitoring/flags-fixtures.ts';
import { waitForOptimisation } from '../modules/plans/optimiser-jobs.ts';
import { insertImportedResponse } from '../modules/surveys/responses-fixtures.ts';
import { openSurveyWithResponse } from '../modules/surveys/surveys-fixtures.ts';
import {
  type ApiResponse,
  api,
  createTestContext,
  newMember,
  newWorkspace,
  type TestContext,
  type TestUser,
  type TestWorkspace,
} from '../testing/harness.ts';
import { smallPlan } from '../testing/plan-fixtures.ts';
import { type IntegrityIds, seedIntegrity, seedOutsiderChannel } from './integrity-world.ts';

/**
 * The isolation walk's world: `home`, whose data every pass attacks, filled with one real record of
 * every kind a route path can name, and `other`, the outsider's workspace, with its own actor,
 * assessment and plan so that "own parent, foreign child" paths can be tried.
 */
export interface HomeIds extends IntegrityIds {
  member: string;
  invitation: string;
  note: string;
  actor: string;
  relation: string;
  need: string;
  assessment: string;
  frameworkItem: string;
  comment: string;
  evidence: string;
  swotEntry: string;
  consultation: string;
  framework: string;
  plan: string;
  scenario: string;
  planItem: string;
  dependency: string;
  resource: string;
  risk: string;
  optimisation: string;
  token: string;
  budgetLine: string;
  macroYear: string;
  exchangeRate: string;
  iatiActivity: string;
  mechanism: string;
  meeting: string;
  coordinationAction: string;
  commitment: string;
  funder: string;
  flow: string;
  financeScenario: string;
  orgUnit: string;
  category: string;
  dataElement: string;
  dataSet: string;
  result: string;
  indicator: string;
  target: string;
  flag: string;
  dashboard: string;
  chart: string;
  survey: string;
  surveyToken: string;
  submission: string;
  responsesImport: string;
}

/** The outsider's own records that can be the parent in a nested path. */
export interface OwnIds {
  actor: string;
  assessment: string;
  plan: string;
  survey: string;
}

export interface World {
  ctx: TestContext;
  home: TestWorkspace;
  other: TestWorkspace;
  ids: HomeIds;
  own: OwnIds;
}

const ORIGIN = 'http://localhost:3000';

async function must(res: Promise<ApiResponse>, what: string) {
  const answer = await res;
  if (answer.status >= 300) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** Evidence is a multipart upload, so it goes through app.request with a FormData body. */
async function uploadEvidence(ctx: TestContext, url: string, who: TestUser, itemId: string) {
  const form = new FormData();
  form.set('itemId', itemId);
  form.set('sourceType', 'interview');
  form.set('description', 'Minutes of the committee hearing');
  form.set('file', new File(['private minutes of home'], 'minutes.txt', { type: 'text/plain' }));
  const response = await ctx.app.request(`${ORIGIN}${url}`, {
    method: 'POST',
    headers: { cookie: who.cookie, origin: ORIGIN },
    body: form,
  });
  if (response.status !== 201)
    throw new Error(`evidence upload: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { evidence: { id: string } }).evidence.id;
}

/**
 * An assessment in review, led by the workspace owner, with a reviewer on its team, one scored item,
 * an evidence document and an open review comment: every nested id under an assessment is real.
 */
async function assessmentInReview(ctx: TestContext, workspace: TestWorkspace, itemId: string) {
  const base = `/api/workspaces/${workspace.slug}/assessments`;
  const reviewer = await newMember(ctx, workspace, 'assessor');
  const owner = workspace.owner;
  const created = await must(
    api(ctx, 'POST', base, {
      cookie: owner.cookie,
      body: {
        title: 'Home review round',
        frameworkId: 'ssg-ten-criteria',
        scope: 'sector',
        leadSide: 'government',
        team: [
          { userId: owner.id, side: 'government', teamRole: 'lead' },
          { userId: reviewer.id, side: 'civil_society', teamRole: 'reviewer' },
        ],
      },
    }),
    'assessment',
  );
  const id: string = created.assessment.id;
  await must(
    api(ctx, 'PUT', `${base}/${id}/answers/${itemId}`, { cookie: owner.cookie, body: { answer: 2 } }),
    'answer',
  );
  const evidence = await uploadEvidence(ctx, `${base}/${id}/evidence`, owner, itemId);
  await must(
    api(ctx, 'POST', `${base}/${id}/transitions`, { cookie: owner.cookie, body: { action: 'submit' } }),
    'submit',
  );
  const comment = await must(
    api(ctx, 'POST', `${base}/${id}/review-comments`, {
      cookie: reviewer.cookie,
      body: { itemId, body: 'Which sources back this level?' },
    }),
    'review comment',
  );
  return { id, evidence, comment: comment.comment.id as string };
}

async function seedHome(ctx: TestContext, home: TestWorkspace): Promise<HomeIds> {
  const owner = home.owner.cookie;
  const post = (path: string, body: object) =>
    must(api(ctx, 'POST', `/api/workspaces/${home.slug}${path}`, { cookie: owner, body }), path);
  const member = await newMember(ctx, home, 'editor');
  const invitation = await post('/invitations', { email: 'guest@example.org', role: 'viewer' });
  const note = await post('/oversight-notes', { title: 'Home note', body: 'Private to home' });
  const police = (await post('/actors', { name: 'Home Police', category: 'police' })).actor.id;
  const court = (await post('/actors', { name: 'Home Court', category: 'court' })).actor.id;
  const relation = await post('/relations', {
    sourceActorId: court,
    targetActorId: police,
    type: 'oversight',
    oversightKind: 'judicial',
  });
  const need = await post('/needs', { title: 'Home need', severity: 2, importance: 2 });
  const swot = await post(`/actors/${police}/swot`, { kind: 'strength', text: 'Home' });
  const consultation = await post('/consultations', {
    heldOn: '2026-01-01',
    place: 'Home',
    format: 'workshop',
    participants: [{ stakeholderType: 'community', women: 3, men: 2, other: 0 }],
    topics: ['Home'],
    findings: 'Private to home',
  });
  const framework = await post('/frameworks', { ...findFramework('ssr-dimensions'), id: 'home-framework' });
  const frameworkItem = listItems(findFramework('ssg-ten-criteria') as Framework)[0].item.id;
  const assessment = await assessmentInReview(ctx, home, frameworkItem);
  const plan = await smallPlan(ctx, home);
  const risk = await post(`/plans/${plan.plan.id}/risks`, {
    title: 'Home risk',
    category: 'coordination',
    likelihood: 2,
    impact: 3,
  });
  const scenario = await post(`/plans/${plan.plan.id}/scenarios`, { name: 'Home scenario' });
  const run = await post(`/plans/${plan.plan.id}/optimisations`, { schedules: 200 });
  await waitForOptimisation(run.optimisation.id);
  const token = await must(
    api(ctx, 'POST', '/api/me/tokens', { cookie: owner, body: { name: 'Home owner laptop' } }),
    'token',
  );
  const budgetLine = await post('/finance/budget-lines', {
    fiscalYear: 2026,
    cofog: '03.1',
    economicClass: 'personnel',
    currency: 'XOF',
    approved: 1000,
  });
  await must(
    api(ctx, 'PUT', `/api/workspaces/${home.slug}/finance/macro/2026`, {
      cookie: owner,
      body: { gdp: 1000, revenue: 100, expenditure: 120 },
    }),
    'macro year',
  );
  const rate = await post('/finance/exchange-rates', {
    fromCurrency: 'EUR',
    toCurrency: 'XOF',
    rateDate: '2026-01-01',
    rate: 655.957,
  });
  const funder = await post('/finance/funders', { name: 'Home donor', type: 'bilateral' });
  const flow = await post('/finance/flows', {
    funderId: funder.funder.id,
    kind: 'commitment',
    amount: 1000,
    currency: 'EUR',
    flowDate: '2027-01-01',
  });
  const financeScenario = await post('/finance/scenarios', { name: 'Home scenario', assumptions: {} });
  const compact = await post('/coordination/mechanisms', { name: 'Home compact', kind: 'compact' });
  const mechanismPath = `/coordination/mechanisms/${compact.mechanism.id}`;
  const meeting = await post(`${mechanismPath}/meetings`, { heldOn: '2027-01-10', decisions: ['Home'] });
  const followUp = await post(`${mechanismPath}/actions`, { description: 'Home action' });
  const commitment = await post(`${mechanismPath}/commitments`, {
    party: 'government',
    commitment: 'Home commitment',
    dueDate: '2027-06-30',
  });
  const iatiFile = iatiXml([
    { identifier: 'XI-HOME-1', title: 'Home donor activity', transactions: [['2', 10, '2027-01-01']] },
  ]);
  await must(uploadIati(ctx, home, home.owner, iatiFile), 'IATI import');
  const iati = await must(
    api(ctx, 'GET', `/api/workspaces/${home.slug}/iati/activities`, { cookie: owner }),
    'IATI',
  );
  const orgUnit = await post('/monitoring/org-units', { code: 'HOME', name: 'Home region' });
  const category = await post('/monitoring/categories', {
    code: 'SEX',
    name: 'Sex',
    options: [{ code: 'F', name: 'Female' }],
  });
  const dataElement = await post('/monitoring/data-elements', { code: 'HOME_DE', name: 'Home count' });
  const dataSet = await post('/monitoring/data-sets', {
    code: 'HOME_DS',
    name: 'Home form',
    periodType: 'monthly',
    dataElementIds: [dataElement.dataElement.id],
    orgUnitIds: [orgUnit.orgUnit.id],
  });
  const result = await post('/monitoring/results', {
    level: 'impact',
    code: 'HOME_IM',
    title: 'Home impact',
  });
  const indicator = await post('/monitoring/indicators', {
    code: 'HOME_IND',
    name: 'Home indicator',
    level: 'outcome',
    kind: 'administrative',
    numerator: '#{HOME_DE}',
    resultId: result.result.id,
  });
  const target = await post(`/monitoring/indicators/${indicator.indicator.id}/targets`, {
    kind: 'target',
    period: '2027',
    orgUnitId: orgUnit.orgUnit.id,
    value: 10,
  });
  const dashboard = await post('/monitoring/dashboards', { name: 'Home dashboard' });
  const survey = await openSurveyWithResponse(ctx, home);
  const chart = await post(`/monitoring/dashboards/${dashboard.dashboard.id}/charts`, {
    title: 'Home chart',
    type: 'pivot',
    config: {
      items: [{ type: 'dataElement', id: dataElement.dataElement.id }],
      periods: ['2027'],
      orgUnits: {},
    },
  });
  return {
    iatiActivity: iati.activities[0].id,
    member: member.memberId,
    invitation: invitation.invitation.id,
    note: note.note.id,
    actor: police,
    relation: relation.relation.id,
    need: need.need.id,
    assessment: assessment.id,
    frameworkItem,
    comment: assessment.comment,
    evidence: assessment.evidence,
    swotEntry: swot.entry.id,
    consultation: consultation.consultation.id,
    framework: framework.framework.id,
    plan: plan.plan.id,
    scenario: scenario.plan.id,
    planItem: plan.a.id,
    dependency: plan.dependency.id,
    resource: plan.advisers.id,
    risk: risk.risk.id,
    optimisation: run.optimisation.id,
    token: token.token.id,
    budgetLine: budgetLine.line.id,
    macroYear: '2026',
    exchangeRate: rate.rate.id,
    mechanism: compact.mechanism.id,
    meeting: meeting.meeting.id,
    coordinationAction: followUp.action.id,
    commitment: commitment.commitment.id,
    funder: funder.funder.id,
    flow: flow.flow.id,
    financeScenario: financeScenario.scenario.id,
    orgUnit: orgUnit.orgUnit.id,
    category: category.category.id,
    dataElement: dataElement.dataElement.id,
    dataSet: dataSet.dataSet.id,
    result: result.result.id,
    indicator: indicator.indicator.id,
    target: target.target.id,
    flag: await seedReviewFlag(ctx.db, home.id),
    dashboard: dashboard.dashboard.id,
    chart: chart.chart.id,
    survey: survey.surveyId,
    surveyToken: survey.token,
    submission: survey.submissionId,
    responsesImport: await insertImportedResponse(ctx.db, home.id, survey.surveyId),
    ...(await seedIntegrity(ctx, home)),
  };
}

/** The outsider owns and leads these, so only the foreign child can be the reason for a refusal. */
async function seedOther(ctx: TestContext, other: TestWorkspace): Promise<OwnIds> {
  const owner = other.owner;
  const post = (path: string, body: object) =>
    must(api(ctx, 'POST', `/api/workspaces/${other.slug}${path}`, { cookie: owner.cookie, body }), path);
  const actor = await post('/actors', { name: 'Outsider Gendarmerie', category: 'gendarmerie' });
  const assessment = await post('/assessments', {
    title: 'Outsider round',
    frameworkId: 'ssg-ten-criteria',
    scope: 'sector',
    leadSide: 'government',
    team: [{ userId: owner.id, side: 'government', teamRole: 'lead' }],
  });
  const plan = await post('/plans', { name: 'Outsider plan', startMonth: '2027-01', horizonMonths: 12 });
  const survey = await post('/surveys', { title: 'Outsider survey' });
  await seedOutsiderChannel(ctx, other);
  return {
    actor: actor.actor.id,
    assessment: assessment.assessment.id,
    plan: plan.plan.id,
    survey: survey.survey.id,
  };
}

/** A fresh context (its app is ready to list routes); call `seed` in beforeAll to fill it. */
export async function openWorld() {
  const ctx = await createTestContext();
  return {
    ctx,
    async seed(): Promise<World> {
      const home = await newWorkspace(ctx);
      const other = await newWorkspace(ctx);
      const ids = await seedHome(ctx, home);
      const own = await seedOther(ctx, other);
      return { ctx, home, other, ids, own };
    },
  };
}
