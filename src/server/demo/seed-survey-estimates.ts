import { and, eq, inArray } from 'drizzle-orm';
import type { EstimateSpec, SurveyDesign } from '../../core/survey/types.ts';
import type { Db } from '../db/client.ts';
import { monitoringIndicators } from '../db/schema/monitoring.ts';
import { publishEstimate } from '../modules/surveys/analysis-publish.ts';
import { saveDesign } from '../modules/surveys/analysis-service.ts';
import type { WorkspaceActor } from '../modules/workspaces/membership.ts';

/** The demo survey's stratified two-stage design: regions, enumeration areas, then households, fpc at both stages. */
export const DEMO_DESIGN: SurveyDesign = {
  ids: ['ea', 'hh'],
  strata: 'region',
  weights: 'weight',
  fpc: ['fpc_ea', 'fpc_hh'],
  lonelyPsu: 'fail',
  calibration: null,
};

export const DEMO_ESTIMATES: EstimateSpec[] = [
  { stat: 'proportion', variable: 'trust_police' },
  { stat: 'proportion', variable: 'safe_night', by: 'sex' },
  { stat: 'proportion', variable: 'safe_night', by: 'region' },
  { stat: 'proportion', variable: 'trust_army' },
  { stat: 'proportion', variable: 'trust_courts' },
  { stat: 'proportion', variable: 'victim_12m', by: 'age_group' },
  { stat: 'proportion', variable: 'bribe_police' },
  { stat: 'proportion', variable: 'reform_aware', by: 'region' },
  { stat: 'proportion', variable: 'satisfaction_security' },
];

/** What the demo publishes to Monitor: indicator code, question, and the answers counted. */
const PUBLICATIONS = [
  { indicator: 'IM_SAFE', variable: 'safe_night', categories: ['very_safe', 'fairly_safe'] },
  { indicator: 'OC_TRUST', variable: 'trust_police', categories: ['a_lot', 'somewhat'] },
];

/**
 * The demo survey's design and estimate list, then its 2026 estimates published to the perception
 * indicators "feel safe" and "trust the police" at KASORA, by region, sex and age, through the same
 * services as the Analysis tab.
 */
export async function seedSurveyEstimates(db: Db, ownerActor: WorkspaceActor, surveyId: string) {
  await saveDesign({ db, actor: ownerActor, surveyId, design: DEMO_DESIGN, estimates: DEMO_ESTIMATES });
  const indicators = await db
    .select({ id: monitoringIndicators.id, code: monitoringIndicators.code })
    .from(monitoringIndicators)
    .where(
      and(
        eq(monitoringIndicators.workspaceId, ownerActor.workspace.id),
        inArray(
          monitoringIndicators.code,
          PUBLICATIONS.map((p) => p.indicator),
        ),
      ),
    );
  for (const publication of PUBLICATIONS) {
    const indicator = indicators.find((i) => i.code === publication.indicator);
    if (!indicator) throw new Error(`demo indicator ${publication.indicator} is missing`);
    await publishEstimate({
      db,
      actor: ownerActor,
      surveyId,
      input: {
        indicatorId: indicator.id,
        period: '2026',
        orgUnitId: 'KASORA',
        variable: publication.variable,
        categories: publication.categories,
        orgUnitVariable: 'region',
        categoryVariables: { SEX: 'sex', AGE: 'age_group' },
      },
    });
  }
}
