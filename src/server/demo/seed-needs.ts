import { and, eq } from 'drizzle-orm';
import type { SwotKind } from '../../core/assessment/swot.ts';
import { listItems } from '../../core/frameworks/structure.ts';
import type { Framework } from '../../core/frameworks/types.ts';
import type { Db } from '../db/client.ts';
import { actors, assessments } from '../db/schema/index.ts';
import { type ConsultationInput, createConsultation } from '../modules/consultations/service.ts';
import { generateNeeds } from '../modules/needs/generate.ts';
import { addSwotEntry } from '../modules/swot/service.ts';
import { resolveActor } from '../modules/workspaces/membership.ts';

interface DemoPerson {
  id: string;
  name: string;
  email: string;
}

type ActorRow = typeof actors.$inferSelect;

/** The two actors analysed, found by acronym first, then by name; skipped when the map lacks them. */
const SWOT_SUBJECTS: Array<{ acronyms: string[]; name: RegExp; entries: Array<[SwotKind, string]> }> = [
  {
    acronyms: ['NIS'],
    name: /^national intelligence/i,
    entries: [
      [
        'strength',
        'A core of analysts trained abroad since the peace agreement, with regional language skills.',
      ],
      [
        'weakness',
        'No statute defines its powers; surveillance warrants are signed by the director, not a judge.',
      ],
      ['threat', 'Pressure to monitor opposition parties ahead of the 2027 elections.'],
    ],
  },
  {
    acronyms: ['KNP'],
    name: /national police$/i,
    entries: [
      ['strength', 'Community policing pilots in two regions have cut response times and raised trust.'],
      ['weakness', 'Women are 14% of officers and almost none hold command posts above inspector.'],
      [
        'opportunity',
        'The draft police act before parliament would create an independent complaints authority.',
      ],
    ],
  },
];

function findSubject(rows: readonly ActorRow[], subject: (typeof SWOT_SUBJECTS)[number]) {
  return (
    rows.find((row) => subject.acronyms.includes(row.acronym?.toUpperCase() ?? '')) ??
    rows.find((row) => subject.name.test(row.name))
  );
}

/** Four consultations of 2025–26 on the baseline's findings, with the items each one informs. */
const CONSULTATIONS: Array<Omit<ConsultationInput, 'linkedItems'> & { itemIds: string[] }> = [
  {
    heldOn: '2025-10-08',
    place: 'Town hall, Port Ilanga (capital of the Northern Region)',
    format: 'town_hall',
    participants: [
      { stakeholderType: 'community', women: 46, men: 71, other: 0 },
      { stakeholderType: 'security_forces', women: 3, men: 12, other: 0 },
      { stakeholderType: 'government', women: 2, men: 5, other: 0 },
    ],
    topics: ['Police conduct at checkpoints', 'Response to cattle raids', 'Complaints against officers'],
    findings:
      'Residents described informal payments at checkpoints and said complaints go unanswered. Several asked for a police post closer to the border villages.',
    itemIds: ['c1-q3', 'c7-q3'],
  },
  {
    heldOn: '2025-11-19',
    place: 'Women’s resource centre, Kasora City',
    format: 'focus_group',
    participants: [
      { stakeholderType: 'women_groups', women: 14, men: 0, other: 0 },
      { stakeholderType: 'civil_society', women: 4, men: 0, other: 1 },
    ],
    topics: ['Reporting gender-based violence', 'Women in the police', 'Safety on public transport'],
    findings:
      'Survivors avoid police stations because no female officers take statements. Participants support a gender desk in every district station and a recruitment target for women.',
    itemIds: ['c2-q2', 'c2-q3'],
  },
  {
    heldOn: '2026-01-27',
    place: 'National Assembly, Committee Room 2, Kasora City',
    format: 'interview',
    participants: [
      { stakeholderType: 'parliament', women: 3, men: 8, other: 0 },
      { stakeholderType: 'government', women: 1, men: 4, other: 0 },
      { stakeholderType: 'security_forces', women: 0, men: 3, other: 0 },
    ],
    topics: ['Committee access to classified budgets', 'Oversight of the intelligence service'],
    findings:
      'The Defence and Security Committee hearing found the committee has no cleared staff and receives the security budget as a single line. Members asked for a law on intelligence oversight.',
    itemIds: ['c6-q1', 'c6-q3'],
  },
  {
    heldOn: '2026-02-18',
    place: 'Civil Society Forum offices, Kasora City',
    format: 'workshop',
    participants: [
      { stakeholderType: 'civil_society', women: 11, men: 9, other: 1 },
      { stakeholderType: 'media', women: 3, men: 4, other: 0 },
      { stakeholderType: 'youth', women: 5, men: 6, other: 0 },
      { stakeholderType: 'international', women: 2, men: 1, other: 0 },
    ],
    topics: ['Monitoring the reform programme', 'Access to information', 'Protection of journalists'],
    findings:
      'Organisations want a seat on the SSR steering committee and a public calendar of consultations. Journalists reported two detentions after articles on the police budget.',
    itemIds: ['c8-q1', 'c8-q2', 'c3-q3'],
  },
];

/**
 * Needs drawn from the demo's baseline assessment, SWOT analyses of the intelligence service and
 * the national police (when the sector map has them), and four consultations linked to baseline items.
 */
export async function seedNeedsAndConsultations(
  db: Db,
  slug: string,
  people: Record<'owner' | 'assessor', DemoPerson>,
) {
  const actorOf = (person: DemoPerson) => resolveActor(db, { ...person, twoFactorEnabled: false }, slug);
  const owner = await actorOf(people.owner);
  const assessor = await actorOf(people.assessor);
  const [baseline] = await db
    .select()
    .from(assessments)
    .where(and(eq(assessments.workspaceId, owner.workspace.id), eq(assessments.isBaseline, true)))
    .limit(1);
  if (!baseline) throw new Error(`workspace "${slug}" has no baseline assessment to draw needs from`);

  const { created } = await generateNeeds({ db, actor: assessor, assessmentId: baseline.id });

  const sectorActors = await db.select().from(actors).where(eq(actors.workspaceId, owner.workspace.id));
  for (const subject of SWOT_SUBJECTS) {
    const row = findSubject(sectorActors, subject);
    if (!row) continue;
    for (const [kind, text] of subject.entries) {
      await addSwotEntry({
        db,
        actor: assessor,
        actorId: row.id,
        input: { kind, text, assessmentId: baseline.id },
      });
    }
  }

  const baselineItems = new Set(listItems(baseline.framework as Framework).map(({ item }) => item.id));
  for (const { itemIds, ...consultation } of CONSULTATIONS) {
    const linkedItems = itemIds
      .filter((itemId) => baselineItems.has(itemId))
      .map((itemId) => ({ assessmentId: baseline.id, itemId }));
    await createConsultation({ db, actor: owner, input: { ...consultation, linkedItems } });
  }
  return { baselineId: baseline.id, needsCreated: created, consultations: CONSULTATIONS.length };
}
