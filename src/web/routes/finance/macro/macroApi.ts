import type { macroRoutes } from '../../../../server/modules/finance/macro-routes';
import type { BodyOf, ResponseOf } from '../../../api/contract';
import { apiRequest, apiUpload } from '../../../api/http';
import { rememberVersions } from '../../../api/versions';
import { financePath } from '../financeQueries';

export type MacroYear = ResponseOf<typeof macroRoutes.list>['years'][number];
export type MacroFigures = BodyOf<typeof macroRoutes.put>;

const macroPath = (slug: string) => `${financePath(slug)}/macro`;

// a year's address ends with the year itself, so its version is remembered under it for If-Match
const remember = (years: MacroYear[]) => {
  for (const year of years) rememberVersions({ id: String(year.fiscalYear), version: year.version });
  return years;
};

export const macroApi = {
  list: (slug: string) =>
    apiRequest<{ years: MacroYear[] }>('GET', macroPath(slug)).then((body) => remember(body.years)),
  put: (slug: string, fiscalYear: number, figures: MacroFigures) =>
    apiRequest<{ year: MacroYear }>('PUT', `${macroPath(slug)}/${fiscalYear}`, figures),
  remove: (slug: string, fiscalYear: number) =>
    apiRequest<void>('DELETE', `${macroPath(slug)}/${fiscalYear}`).then(() =>
      // the year may be recorded again: as a new one, version 0
      rememberVersions({ id: String(fiscalYear), version: 0 }),
    ),
  importFile: (slug: string, file: File) =>
    apiUpload<{ imported: number }>(`${macroPath(slug)}/import`, file),
};

/** A share as a percentage with one decimal, or null when either figure is unknown or the base is zero. */
export function shareOf(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole === 0) return null;
  return Math.round((part / whole) * 1000) / 10;
}
