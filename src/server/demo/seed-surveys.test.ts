import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveActor } from '../modules/workspaces/membership.ts';
import {
  api,
  createTestContext,
  newWorkspace,
  type TestContext,
  type TestWorkspace,
} from '../testing/harness.ts';
import { seedSurveys } from './seed-surveys.ts';
import { generateSurveyResponses } from './survey-responses.ts';

let ctx: TestContext;
let workspace: TestWorkspace;
let surveyId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  workspace = await newWorkspace(ctx);
  const owner = await resolveActor(ctx.db, { ...workspace.owner, twoFactorEnabled: false }, workspace.slug);
  ({ surveyId } = await seedSurveys(ctx.db, owner));
}, 120_000);
afterAll(() => ctx.close());

type Answers = Record<string, string | number>;

describe('the generated responses', () => {
  const responses = generateSurveyResponses();
  const answers = responses.map((r) => r.answers as Answers);

  it('are the same on every run, with distinct ids', () => {
    expect(generateSurveyResponses().map((r) => r.id)).toEqual(responses.map((r) => r.id));
    expect(new Set(responses.map((r) => r.id)).size).toBe(responses.length);
    expect(responses.length).toBeGreaterThan(1000);
    expect(responses.length).toBeLessThan(1450);
  });

  it('follow the two-stage design: 4 strata, 22 areas each, 12 to 15 households per area', () => {
    const areas = new Map<string, Answers[]>();
    for (const a of answers) areas.set(a.ea as string, [...(areas.get(a.ea as string) ?? []), a]);
    expect(areas.size).toBe(88);
    for (const members of areas.values()) {
      expect(members.length).toBeGreaterThanOrEqual(12);
      expect(members.length).toBeLessThanOrEqual(15);
      expect(new Set(members.map((m) => m.hh)).size).toBe(members.length);
      expect(members.every((m) => m.hh_sampled === members.length)).toBe(true);
    }
  });

  it('weight to about the monitoring’s 2026 rate of feeling safe, with women below men', () => {
    const weight = (a: Answers) =>
      ((a.fpc_ea as number) / (a.ea_sampled as number)) * ((a.fpc_hh as number) / (a.hh_sampled as number));
    const share = (rows: Answers[], yes: (a: Answers) => boolean) =>
      rows.reduce((s, a) => s + (yes(a) ? weight(a) : 0), 0) / rows.reduce((s, a) => s + weight(a), 0);
    const safe = (a: Answers) => a.safe_night === 'very_safe' || a.safe_night === 'fairly_safe';
    expect(share(answers, safe)).toBeGreaterThan(0.45);
    expect(share(answers, safe)).toBeLessThan(0.65);
    expect(
      share(
        answers.filter((a) => a.sex === 'f'),
        safe,
      ),
    ).toBeLessThan(
      share(
        answers.filter((a) => a.sex === 'm'),
        safe,
      ),
    );
  });
});

describe('the demo survey', () => {
  it('is open, in five languages, with the sample variables and the library questions, and every response', async () => {
    const res = await api(ctx, 'GET', `/api/workspaces/${workspace.slug}/surveys/${surveyId}`, {
      cookie: workspace.owner.cookie,
    });
    expect(res.status).toBe(200);
    const survey = res.body.survey;
    expect(survey.title).toBe('Kasora public perception survey 2026');
    expect(survey.status).toBe('open');
    expect(survey.languages).toEqual(['en', 'fr', 'ar', 'es', 'pt']);
    expect(survey.submissionCount).toBe(generateSurveyResponses().length);
    const names = JSON.stringify(survey.form.children);
    for (const name of [
      'region',
      'ea',
      'hh',
      'fpc_ea',
      'fpc_hh',
      'weight',
      'sex',
      'age_group',
      'trust_police',
      'bribe_police',
    ])
      expect(names).toContain(`"name":"${name}"`);
    expect(survey.form.children[0].label.en).toMatch(/generated/);
  });
});
