import { count } from 'drizzle-orm';
import type { Role } from '../../core/access/roles.ts';
import type { Db } from '../db/client.ts';
import { users, workspaces } from '../db/schema/index.ts';
import { inviteMember } from '../modules/members/service.ts';
import { createNote } from '../modules/oversight-notes/service.ts';
import { addMemberDirectly, createUserAccount } from '../modules/users/service.ts';
import { resolveActor } from '../modules/workspaces/membership.ts';
import { createWorkspace } from '../modules/workspaces/service.ts';
import type { Runtime } from '../runtime.ts';
import { seedAssessments } from './seed-assessments.ts';
import { seedCoordination } from './seed-coordination.ts';
import { seedFinance } from './seed-finance.ts';
import { seedIntegrity } from './seed-integrity.ts';
import { seedMonitoring } from './seed-monitoring.ts';
import { seedNeedsAndConsultations } from './seed-needs.ts';
import { seedPlan } from './seed-plan.ts';
import { seedSectorMap } from './seed-sector-map.ts';
import { seedSurveyEstimates } from './seed-survey-estimates.ts';
import { seedSurveys } from './seed-surveys.ts';

export const DEMO_SLUG = 'demo';
export const DEMO_PASSWORD = 'custodes-demo';
export const DEMO_OWNER_EMAIL = 'admin@demo.custodes.org';

/** The people of the demo programme, one per kind of user. */
const DEMO_PEOPLE: Array<{ email: string; name: string; role: Role }> = [
  { email: DEMO_OWNER_EMAIL, name: 'Amina Sesay (SSR Secretariat)', role: 'owner' },
  { email: 'interior@demo.custodes.org', name: 'Jean-Paul Mbeki (Ministry of Interior)', role: 'editor' },
  { email: 'donor@demo.custodes.org', name: 'Ingrid Halvorsen (Donor coordination)', role: 'donor' },
  { email: 'assessor@demo.custodes.org', name: 'Rafael Ortega (Joint assessment team)', role: 'assessor' },
  {
    email: 'oversight@demo.custodes.org',
    name: 'Hon. Fatou Keita (Defence and Security Committee)',
    role: 'oversight',
  },
  { email: 'cso@demo.custodes.org', name: 'Nadia Haddad (Civil Society Forum)', role: 'viewer' },
];

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [{ value: userCount }] = await db.select({ value: count() }).from(users);
  const [{ value: workspaceCount }] = await db.select({ value: count() }).from(workspaces);
  return userCount === 0 && workspaceCount === 0;
}

/**
 * The demo: the Republic of Kasora, a fictional country five years out of a civil war, whose
 * national security council runs a sector-wide reform programme.
 */
export async function seedDemo(runtime: Pick<Runtime, 'database' | 'auth'>) {
  const db = runtime.database.db;
  const accounts: Array<(typeof DEMO_PEOPLE)[number] & { id: string }> = [];
  for (const person of DEMO_PEOPLE) {
    accounts.push({
      ...person,
      ...(await createUserAccount({
        db,
        auth: runtime.auth,
        user: { ...person, password: DEMO_PASSWORD },
        // The demo's administrator may also create workspaces, as on a real server's first account.
        serverAdmin: person.email === DEMO_OWNER_EMAIL,
      })),
    });
  }
  const owner = accounts[0];
  await createWorkspace({
    db,
    ownerId: owner.id,
    actorId: owner.id,
    input: {
      name: 'Republic of Kasora — National SSR Programme',
      slug: DEMO_SLUG,
      country: 'Republic of Kasora (fictional)',
      defaultLanguage: 'en',
    },
  });
  for (const person of accounts.slice(1)) {
    await addMemberDirectly({ db, userId: person.id, slug: DEMO_SLUG, role: person.role, actorId: owner.id });
  }
  const ownerActor = await resolveActor(db, { ...owner, twoFactorEnabled: false }, DEMO_SLUG);
  await inviteMember({ db, actor: ownerActor, email: 'justice@demo.custodes.org', role: 'editor' });
  await seedSectorMap({ db, actor: ownerActor });

  const oversight = accounts.find((person) => person.role === 'oversight');
  if (oversight) {
    const actor = await resolveActor(db, { ...oversight, twoFactorEnabled: false }, DEMO_SLUG);
    await createNote({
      db,
      actor,
      input: {
        title: 'Committee hearing on the defence budget',
        subject: 'Ministry of Defence',
        body: 'The committee asked for a line-by-line breakdown of procurement spending before the next budget vote. The ministry agreed to provide it within 30 days.',
      },
    });
    await createNote({
      db,
      actor,
      input: {
        title: 'Site visit to the central prison',
        subject: 'Directorate of Corrections',
        body: 'Overcrowding at roughly twice capacity; pre-trial detainees make up most of the population. The committee recommends a case-review drive with the prosecution service.',
      },
    });
  }
  const byEmail = (email: string) => {
    const person = accounts.find((account) => account.email === email);
    if (!person) throw new Error(`demo person ${email} is missing`);
    return person;
  };
  await seedAssessments(db, DEMO_SLUG, {
    owner,
    assessor: byEmail('assessor@demo.custodes.org'),
    interior: byEmail('interior@demo.custodes.org'),
    cso: byEmail('cso@demo.custodes.org'),
  });
  await seedNeedsAndConsultations(db, DEMO_SLUG, { owner, assessor: byEmail('assessor@demo.custodes.org') });
  const { planId } = await seedPlan(db, ownerActor);
  const people = new Map(accounts.map((person) => [person.email, person.id]));
  const { funderIds } = await seedFinance(db, ownerActor, planId, { people });
  await seedCoordination(db, ownerActor, planId, funderIds);
  await seedMonitoring(db, ownerActor, planId);
  const { surveyId } = await seedSurveys(db, ownerActor);
  await seedSurveyEstimates(db, ownerActor, surveyId);
  const custodian = byEmail('oversight@demo.custodes.org');
  await seedIntegrity(
    db,
    {
      owner: ownerActor,
      custodian: await resolveActor(db, { ...custodian, twoFactorEnabled: false }, DEMO_SLUG),
    },
    DEMO_PASSWORD,
  );
  return { slug: DEMO_SLUG, email: DEMO_OWNER_EMAIL, password: DEMO_PASSWORD };
}
