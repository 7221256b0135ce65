import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../http/router.ts';
import { standardErrors } from '../../http/schemas.ts';
import type { AppDeps } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import { AssessmentParams } from '../assessments/schemas.ts';
import { userLanguage } from '../users/language.ts';
import { REPORT_LANGUAGES, reportLanguage } from './labels.ts';
import { renderAssessmentPdf } from './pdf.ts';
import { collectReportData } from './report-data.ts';
import { renderAssessmentXlsx } from './xlsx.ts';

export const REPORT_FORMATS = {
  pdf: { contentType: 'application/pdf', render: renderAssessmentPdf },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    render: renderAssessmentXlsx,
  },
} as const;

const binary = z.string().openapi({ type: 'string', format: 'binary' });

const reportRoute = createRoute({
  method: 'get',
  path: '/api/workspaces/{slug}/assessments/{assessmentId}/report',
  tags: ['Assessments'],
  summary:
    'Download the assessment report as a PDF or a spreadsheet, in English, French, Arabic, Spanish or Portuguese',
  request: {
    params: AssessmentParams,
    query: z.object({
      format: z.enum(['pdf', 'xlsx']).default('pdf').openapi({ description: 'pdf (default) or xlsx' }),
      lang: z.enum(REPORT_LANGUAGES).optional().openapi({
        description: "report language; by default the reader's profile language, else the workspace's",
      }),
    }),
  },
  responses: {
    200: {
      description: 'The report',
      content: {
        [REPORT_FORMATS.pdf.contentType]: { schema: binary },
        [REPORT_FORMATS.xlsx.contentType]: { schema: binary },
      },
    },
    ...standardErrors,
  },
});

/** A file name safe in any header: the title's letters and digits, else "assessment". */
function fileNameOf(title: string, extension: string): { ascii: string; utf8: string } {
  const ascii = title
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .toLowerCase();
  const readable = title
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .trim()
    .slice(0, 120);
  return {
    ascii: `${ascii || 'assessment'}-report.${extension}`,
    utf8: `${readable || 'assessment'} - report.${extension}`,
  };
}

/** RFC 5987 encoding for `filename*`, where quotes and brackets must be escaped too. */
const encodeHeaderValue = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

export function reportRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter().openapi(reportRoute, async (c) => {
    const { assessmentId } = c.req.valid('param');
    const { format, lang } = c.req.valid('query');
    const actor = workspaceActor(c);
    const data = await collectReportData({ db, actor, assessmentId });
    const language = reportLanguage(
      lang,
      actor.workspace.defaultLanguage,
      await userLanguage(db, actor.user.id),
    );
    const { contentType, render } = REPORT_FORMATS[format];
    const bytes = await render(data, language);
    const name = fileNameOf(data.assessment.title, format);
    return new Response(new Uint8Array(bytes), {
      headers: {
        'content-type': contentType,
        'content-disposition': `attachment; filename="${name.ascii}"; filename*=UTF-8''${encodeHeaderValue(name.utf8)}`,
        'content-language': language,
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      },
    });
  });
}
