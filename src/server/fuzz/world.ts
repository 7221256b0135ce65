import { findFramework } from '../../core/frameworks/index.ts';
import { listItems } from '../../core/frameworks/structure.ts';
import type { Framework } from '../../core/frameworks/types.ts';
import { seedIntegrity } from '../isolation/integrity-world.ts';
import { iatiXml, uploadIati } from '../modules/finance/iati-fixtures.ts';
import { seedReviewFlag } from '../modules/monitoring/flags-fixtures.ts';
import { waitForOptimisation } from '../modules/plans/optimiser-jobs.ts';
import { insertImportedResponse } from '../modules/surveys/responses-fixtures.ts';
import { openSurveyWithResponse } from '../modules/surveys/surveys-fixtures.ts';
import { scoredAssessment } from '../testing/assessment-fixtures.ts';
import { api, createTestContext, newMember, newWorkspace } from '../testing/harness.ts';
import { smallPlan } from '../testing/plan-fixtures.ts';

/**
 * One workspace with a real record of every kind, owned by the fuzzing user, so malformed requests
 * reach the services and the database instead of stopping at a 404.
 */
export async function buildFuzzWorld() {
  const ctx = await createTestContext();
  const home = await newWorkspace(ctx);
  const cookie = home.owner.cookie;
  const ids: Record<string, string> = { slug: home.slug };
  const post = async (path: string, body: object) => {
    const res = await api(ctx, 'POST', `/api/workspaces/${home.slug}${path}`, { cookie, body });
    if (res.status !== 201 && res.status !== 202)
      throw new Error(`fuzz world ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  const member = await newMember(ctx, home, 'editor');
  ids.memberId = member.memberId;
  ids.userId = member.id;
  ids.invitationId = (
    await post('/invitations', { email: 'fuzz-guest@example.org', role: 'viewer' })
  ).invitation.id;
  ids.noteId = (await post('/oversight-notes', { title: 'Fuzz note', body: 'Note body' })).note.id;
  ids.actorId = (await post('/actors', { name: 'Fuzz Police', category: 'police' })).actor.id;
  ids.courtId = (await post('/actors', { name: 'Fuzz Court', category: 'court' })).actor.id;
  ids.relationId = (
    await post('/relations', {
      sourceActorId: ids.courtId,
      targetActorId: ids.actorId,
      type: 'oversight',
      oversightKind: 'judicial',
    })
  ).relation.id;
  ids.needId = (await post('/needs', { title: 'Fuzz need', severity: 2, importance: 2 })).need.id;
  ids.assessmentId = (await scoredAssessment(ctx, home)).id;
  ids.entryId = (await post(`/actors/${ids.actorId}/swot`, { kind: 'strength', text: 'Fuzz' })).entry.id;
  ids.consultationId = (
    await post('/consultations', {
      heldOn: '2026-01-01',
      place: 'Fuzz town',
      format: 'workshop',
      participants: [{ stakeholderType: 'community', women: 1, men: 1, other: 0 }],
      topics: ['Fuzz'],
      findings: 'Findings',
    })
  ).consultation.id;
  ids.frameworkId = (
    await post('/frameworks', { ...findFramework('ssr-dimensions'), id: 'fuzz-framework' })
  ).framework.id;
  ids.itemId = listItems(findFramework('ssg-ten-criteria') as Framework)[0].item.id;
  const plan = await smallPlan(ctx, home);
  ids.planId = plan.plan.id;
  ids.planItemId = plan.a.id;
  ids.otherPlanItemId = plan.b.id;
  ids.dependencyId = plan.dependency.id;
  ids.resourceId = plan.advisers.id;
  const risk = { title: 'Fuzz risk', category: 'coordination', likelihood: 2, impact: 3 };
  ids.riskId = (await post(`/plans/${ids.planId}/risks`, risk)).risk.id;
  ids.otherPlanId = (await post(`/plans/${ids.planId}/scenarios`, { name: 'Fuzz scenario' })).plan.id;
  ids.optimisationId = (await post(`/plans/${ids.planId}/optimisations`, { schedules: 100 })).optimisation.id;
  await waitForOptimisation(ids.optimisationId);
  const token = await api(ctx, 'POST', '/api/me/tokens', { cookie, body: { name: 'Fuzz laptop' } });
  ids.tokenId = token.body.token.id;
  const line = { fiscalYear: 2026, cofog: '03.1', economicClass: 'personnel', currency: 'XOF', approved: 10 };
  ids.budgetLineId = (await post('/finance/budget-lines', line)).line.id;
  ids.fiscalYear = '2026';
  const rate = { fromCurrency: 'EUR', toCurrency: 'XOF', rateDate: '2026-01-01', rate: 655.957 };
  ids.rateId = (await post('/finance/exchange-rates', rate)).rate.id;
  ids.funderId = (await post('/finance/funders', { name: 'Fuzz donor', type: 'bilateral' })).funder.id;
  const flow = {
    funderId: ids.funderId,
    kind: 'commitment',
    amount: 10,
    currency: 'EUR',
    flowDate: '2027-01-01',
  };
  ids.flowId = (await post('/finance/flows', flow)).flow.id;
  ids.financeScenarioId = (
    await post('/finance/scenarios', { name: 'Fuzz scenario', assumptions: {} })
  ).scenario.id;
  ids.mechanismId = (
    await post('/coordination/mechanisms', { name: 'Fuzz compact', kind: 'compact' })
  ).mechanism.id;
  const mechanismPath = `/coordination/mechanisms/${ids.mechanismId}`;
  ids.meetingId = (
    await post(`${mechanismPath}/meetings`, { heldOn: '2027-01-10', decisions: ['Fuzz'] })
  ).meeting.id;
  ids.actionId = (await post(`${mechanismPath}/actions`, { description: 'Fuzz action' })).action.id;
  const commitment = { party: 'government', commitment: 'Fuzz commitment', dueDate: '2027-06-30' };
  ids.commitmentId = (await post(`${mechanismPath}/commitments`, commitment)).commitment.id;
  const iatiFile = iatiXml([
    { identifier: 'XI-FUZZ-1', title: 'Fuzz activity', transactions: [['2', 10, '2027-01-01']] },
  ]);
  const imported = await uploadIati(ctx, home, home.owner, iatiFile);
  if (imported.status !== 201) throw new Error(`fuzz world IATI: ${imported.status}`);
  const iati = await api(ctx, 'GET', `/api/workspaces/${home.slug}/iati/activities`, { cookie });
  ids.iatiActivityId = iati.body.activities[0].id;
  ids.orgUnitId = (await post('/monitoring/org-units', { code: 'FUZZ', name: 'Fuzz region' })).orgUnit.id;
  const sex = { code: 'SEX', name: 'Sex', options: [{ code: 'F', name: 'Female' }] };
  ids.categoryId = (await post('/monitoring/categories', sex)).category.id;
  const element = { code: 'FUZZ_DE', name: 'Fuzz count', categoryIds: [ids.categoryId] };
  ids.dataElementId = (await post('/monitoring/data-elements', element)).dataElement.id;
  const form = { code: 'FUZZ_DS', name: 'Fuzz form', periodType: 'monthly', orgUnitIds: [ids.orgUnitId] };
  ids.dataSetId = (await post('/monitoring/data-sets', form)).dataSet.id;
  ids.flagId = await seedReviewFlag(ctx.db, home.id);
  ids.resultId = (
    await post('/monitoring/results', { level: 'impact', code: 'FUZZ_IM', title: 'Fuzz impact' })
  ).result.id;
  const indicator = {
    code: 'FUZZ_IND',
    name: 'Fuzz indicator',
    level: 'outcome',
    kind: 'event',
    numerator: '#{FUZZ_DE}',
  };
  ids.indicatorId = (await post('/monitoring/indicators', indicator)).indicator.id;
  const target = { kind: 'target', period: '2027', orgUnitId: ids.orgUnitId, value: 5 };
  ids.targetId = (await post(`/monitoring/indicators/${ids.indicatorId}/targets`, target)).target.id;
  ids.dashboardId = (await post('/monitoring/dashboards', { name: 'Fuzz dashboard' })).dashboard.id;
  const chart = {
    title: 'Fuzz chart',
    type: 'series',
    config: { items: [{ type: 'dataElement', id: ids.dataElementId }], periods: ['2027'], orgUnits: {} },
  };
  ids.chartId = (await post(`/monitoring/dashboards/${ids.dashboardId}/charts`, chart)).chart.id;
  const survey = await openSurveyWithResponse(ctx, home, 'Fuzz survey');
  ids.surveyId = survey.surveyId;
  ids.token = survey.token;
  ids.submissionId = survey.submissionId;
  ids.importId = await insertImportedResponse(ctx.db, home.id, survey.surveyId);
  const integrity = await seedIntegrity(ctx, home);
  ids.caseId = integrity.integrityCase;
  ids.fileId = integrity.integrityFile;
  ids.recipientId = integrity.integrityRecipient;
  ids.requestId = integrity.integrityIdentityRequest;
  return { ctx, home, cookie, ids };
}

export type FuzzWorld = Awaited<ReturnType<typeof buildFuzzWorld>>;

/** The real id a path parameter of `path` names in the fuzz world. */
export function realParam(world: FuzzWorld, path: string, param: string): string {
  const { ids } = world;
  if (param === 'id') return path.includes('/oversight-notes/') ? ids.noteId : ids.invitationId;
  if (param === 'itemId') return path.includes('/plans/') ? ids.planItemId : ids.itemId;
  // evidence and review comments are never created here: a made-up id still walks their code paths
  if (param === 'commentId' || param === 'evidenceId') return 'no-such-id';
  const value = ids[param];
  if (!value) throw new Error(`fuzz: say which record {${param}} in ${path} names`);
  return value;
}

/** Body fields that name records: filled with real ids so the rest of the body reaches the database. */
export function realBodyId(world: FuzzWorld, field: string): string | undefined {
  const { ids } = world;
  const byField: Record<string, string> = {
    sourceActorId: ids.courtId,
    targetActorId: ids.actorId,
    actorId: ids.actorId,
    leadActorId: ids.actorId,
    predecessorId: ids.planItemId,
    successorId: ids.otherPlanItemId,
    parentId: ids.planItemId,
    needId: ids.needId,
    userId: ids.userId,
    itemId: ids.itemId,
    frameworkId: 'ssg-ten-criteria',
    assessmentId: ids.assessmentId,
    funderId: ids.funderId,
    toFunderId: ids.funderId,
    planItemId: ids.planItemId,
    recipientActorId: ids.actorId,
    ownerActorId: ids.actorId,
    ownerFunderId: ids.funderId,
    meetingId: ids.meetingId,
    resultId: ids.resultId,
    responsibleActorId: ids.actorId,
    indicatorId: ids.indicatorId,
  };
  return byField[field];
}
