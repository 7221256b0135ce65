import { randomUUID } from 'node:crypto';
import { question as formQuestion } from '../../../core/survey/runtime/testing.ts';
import type { Answers, FormChoice, FormNode, FormQuestion, SurveyForm } from '../../../core/survey/types.ts';
import type { Db } from '../../db/client.ts';
import {
  monitoringCategories,
  monitoringDataElements,
  monitoringIndicators,
  monitoringOrgUnits,
} from '../../db/schema/monitoring.ts';
import { surveySubmissions, surveys } from '../../db/schema/surveys.ts';

const question = (name: string, type: FormQuestion['type'], listName: string | null = null) =>
  formQuestion(name, type, { listName });

const choices = (...names: string[]): FormChoice[] =>
  names.map((name) => ({ row: 0, name, label: { default: name }, filters: {} }));

const household: FormNode = {
  kind: 'repeat',
  row: 0,
  name: 'household',
  label: { default: 'Household members' },
  relevant: null,
  appearance: null,
  repeatCount: null,
  children: [question('member_age', 'integer')],
};

/** A small perception form: region, enumeration area, sex, age group, weight, feeling safe, news sources, a repeat. */
export const analysisForm: SurveyForm = {
  title: 'Analysis test survey',
  formId: 'analysis_test',
  version: '1',
  defaultLanguage: 'default',
  languages: [{ key: 'default', name: 'default' }],
  children: [
    question('intro', 'note'),
    question('region', 'select_one', 'regions'),
    question('ea', 'text'),
    question('sex', 'select_one', 'sexes'),
    question('age_group', 'select_one', 'ages'),
    question('weight', 'decimal'),
    question('safe_night', 'select_one', 'safety'),
    question('sources', 'select_multiple', 'sources'),
    household,
  ],
  choices: {
    regions: choices('cap', 'north'),
    sexes: choices('f', 'm'),
    ages: choices('y15_24', 'y25_49', 'y50p'),
    safety: choices('very_safe', 'fairly_safe', 'a_bit_unsafe', 'very_unsafe', 'dont_know'),
    sources: choices('radio', 'tv', 'none'),
  },
};

const SAFETY = ['very_safe', 'fairly_safe', 'a_bit_unsafe', 'very_unsafe', 'dont_know', null];
const AGES = ['y15_24', 'y25_49', 'y50p'];
const SOURCES = ['radio', 'tv', 'radio tv', 'none', ''];

/** 48 respondents: 2 regions × 4 enumeration areas × 6, weights varying, one answer in six missing. */
export function analysisAnswers(): Answers[] {
  return Array.from({ length: 48 }, (_, i) => ({
    region: i < 24 ? 'cap' : 'north',
    ea: `e${Math.floor(i / 6) + 1}`,
    sex: i % 2 === 0 ? 'f' : 'm',
    age_group: AGES[(i * 7) % 3] as string,
    weight: 40 + ((i * 13) % 17) * 5,
    safe_night: SAFETY[(i * 5 + Math.floor(i / 6)) % 6] ?? null,
    sources: SOURCES[i % 5] as string,
    household: [{ member_age: 30 + i }],
  }));
}

/** Writes the survey and its responses straight to the database. */
export async function insertAnalysisSurvey(db: Db, workspaceId: string, answers = analysisAnswers()) {
  const surveyId = randomUUID();
  await db
    .insert(surveys)
    .values({ id: surveyId, workspaceId, title: 'Perception 2026', status: 'open', form: analysisForm });
  const received = Date.parse('2026-06-01T10:00:00Z');
  await db.insert(surveySubmissions).values(
    answers.map((a, i) => ({
      id: randomUUID(),
      workspaceId,
      surveyId,
      answers: a,
      source: 'import' as const,
      receivedAt: new Date(received + i * 1000),
    })),
  );
  return surveyId;
}

/** National unit with CAP and NORTH; SEX and AGE; SAFE_YES and SURVEY_RESP by sex × age; IM_SAFE and an administrative one. */
export async function insertPerceptionIndicator(db: Db, workspaceId: string) {
  const nat = randomUUID();
  const cap = randomUUID();
  const north = randomUUID();
  await db.insert(monitoringOrgUnits).values([
    { id: nat, workspaceId, code: 'NAT', name: 'National', path: `/${nat}/`, level: 1 },
    { id: cap, workspaceId, code: 'CAP', name: 'Capital', parentId: nat, path: `/${nat}/${cap}/`, level: 2 },
    {
      id: north,
      workspaceId,
      code: 'NORTH',
      name: 'North',
      parentId: nat,
      path: `/${nat}/${north}/`,
      level: 2,
    },
  ]);
  const sex = randomUUID();
  const age = randomUUID();
  await db.insert(monitoringCategories).values([
    {
      id: sex,
      workspaceId,
      code: 'SEX',
      name: 'Sex',
      options: [
        { code: 'F', name: 'Female', nameTranslations: {} },
        { code: 'M', name: 'Male', nameTranslations: {} },
      ],
    },
    {
      id: age,
      workspaceId,
      code: 'AGE',
      name: 'Age',
      options: [
        { code: 'Y15_24', name: '15-24', nameTranslations: {} },
        { code: 'Y25_49', name: '25-49', nameTranslations: {} },
        { code: 'Y50P', name: '50+', nameTranslations: {} },
      ],
    },
  ]);
  await db.insert(monitoringDataElements).values([
    { id: randomUUID(), workspaceId, code: 'SAFE_YES', name: 'Feel safe', categoryIds: [sex, age] },
    { id: randomUUID(), workspaceId, code: 'SURVEY_RESP', name: 'Respondents', categoryIds: [sex, age] },
  ]);
  const indicator = randomUUID();
  const administrative = randomUUID();
  await db.insert(monitoringIndicators).values([
    {
      id: indicator,
      workspaceId,
      code: 'IM_SAFE',
      name: 'Feel safe (%)',
      level: 'impact',
      kind: 'perception',
      numerator: '#{SAFE_YES}',
      denominator: '#{SURVEY_RESP}',
      factor: 100,
    },
    {
      id: administrative,
      workspaceId,
      code: 'ADM',
      name: 'Administrative',
      level: 'output',
      kind: 'administrative',
      numerator: '#{SAFE_YES}',
      denominator: '#{SURVEY_RESP}',
      factor: 100,
    },
  ]);
  return { nat, cap, north, indicator, administrative };
}
