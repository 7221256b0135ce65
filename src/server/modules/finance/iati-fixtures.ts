import { api, type TestContext, type TestUser, type TestWorkspace } from '../../testing/harness.ts';

const ORIGIN = 'http://localhost:3000';

export interface FixtureActivity {
  identifier: string;
  title: string;
  description?: string;
  orgRef?: string;
  orgName?: string;
  orgType?: string;
  sectors?: { code: string; percentage?: number; vocabulary?: string }[];
  currency?: string;
  /** [type code, value, date, currency?] */
  transactions?: [string, number, string, string?][];
}

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** A small IATI 2.03 activity file written for the tests. */
export function iatiXml(activities: FixtureActivity[]): string {
  const body = activities
    .map((a) => {
      const sectors = (a.sectors ?? [])
        .map(
          (s) =>
            `<sector vocabulary="${s.vocabulary ?? '1'}" code="${s.code}"${s.percentage !== undefined ? ` percentage="${s.percentage}"` : ''}/>`,
        )
        .join('');
      const transactions = (a.transactions ?? [])
        .map(
          ([type, value, date, currency]) =>
            `<transaction><transaction-type code="${type}"/><transaction-date iso-date="${date}"/><value${currency ? ` currency="${currency}"` : ''} value-date="${date}">${value}</value></transaction>`,
        )
        .join('\n    ');
      return `  <iati-activity last-updated-datetime="2026-01-01T00:00:00Z" xml:lang="en" default-currency="${a.currency ?? 'USD'}">
    <iati-identifier>${xmlText(a.identifier)}</iati-identifier>
    <reporting-org ref="${a.orgRef ?? 'GB-GOV-1'}" type="${a.orgType ?? '10'}"><narrative>${xmlText(a.orgName ?? 'UK Foreign Office')}</narrative></reporting-org>
    <title><narrative>${xmlText(a.title)}</narrative></title>
    <description type="1"><narrative>${xmlText(a.description ?? '')}</narrative></description>
    <participating-org role="1" ref="${a.orgRef ?? 'GB-GOV-1'}" type="10"><narrative>${xmlText(a.orgName ?? 'UK Foreign Office')}</narrative></participating-org>
    <activity-status code="2"/>
    <activity-date type="1" iso-date="2026-01-01"/>
    ${sectors}
    ${transactions}
  </iati-activity>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" generated-datetime="2026-01-01T00:00:00Z">\n${body}\n</iati-activities>\n`;
}

/** Posts a file to the IATI import as a multipart upload. */
export async function uploadIati(
  ctx: TestContext,
  workspace: TestWorkspace,
  who: Pick<TestUser, 'cookie'> | null,
  xml: string,
  extra: Record<string, string> = {},
) {
  const form = new FormData();
  form.set('file', new File([xml], 'donor.xml', { type: 'application/xml' }));
  for (const [key, value] of Object.entries(extra)) form.set(key, value);
  const headers: Record<string, string> = { origin: ORIGIN };
  if (who) headers.cookie = who.cookie;
  const response = await ctx.app.request(`${ORIGIN}/api/workspaces/${workspace.slug}/iati/imports`, {
    method: 'POST',
    headers,
    body: form,
  });
  return { status: response.status, body: (await response.json()) as any, headers: response.headers };
}

/**
 * A plan whose reform activities carry purpose codes: police training (15210), court rehabilitation
 * (15130), and parliamentary oversight without a code, approved so imports match against it.
 */
export async function financedPlan(ctx: TestContext, workspace: TestWorkspace) {
  const base = `/api/workspaces/${workspace.slug}/plans`;
  const post = async (path: string, body: object) => {
    const res = await api(ctx, 'POST', path, { cookie: workspace.owner.cookie, body });
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const lead = (
    await post(`/api/workspaces/${workspace.slug}/actors`, { name: 'National Police', category: 'police' })
  ).actor;
  const plan = (await post(base, { name: 'Reform plan', startMonth: '2026-01', horizonMonths: 36 })).plan;
  const items = `${base}/${plan.id}/items`;
  const programme = (await post(items, { kind: 'programme', code: 'P', name: 'Security governance' })).item;
  const project = (
    await post(items, { kind: 'project', code: 'P1', name: 'Oversight and policing', parentId: programme.id })
  ).item;
  const activity = async (code: string, name: string, purposeCode?: string, leadActorId?: string) =>
    (
      await post(items, {
        kind: 'activity',
        code,
        name,
        parentId: project.id,
        duration: 6,
        ...(purposeCode ? { purposeCode } : {}),
        ...(leadActorId ? { leadActorId } : {}),
      })
    ).item;
  const police = await activity('P1.1', 'Police recruitment and training', '15210', lead.id);
  const courts = await activity('P1.2', 'Rehabilitate the district courts', '15130');
  const oversight = await activity('P1.3', 'Parliamentary oversight committee capacity');
  return { plan, police, courts, oversight };
}
