import type { SheetRow, XlsFormSheet, XlsFormSheets } from './sheets';

type KoboRow = Record<string, unknown>;

interface KoboContent {
  survey?: KoboRow[];
  choices?: KoboRow[];
  settings?: KoboRow | KoboRow[];
  translations?: (string | null)[];
}

/**
 * Kobo's form JSON (`{content: {survey, choices, settings, translations}}`) as XLSForm sheets: translated
 * cells (arrays, one entry per translation) become `label::<language>` columns, `select_from_list_name`
 * joins the type, and Kobo's own `$…` keys are dropped. Rows are numbered as the XLSForm would be
 * (header = 1).
 */
export function sheetsFromKoboJson(json: unknown): XlsFormSheets {
  const root = (json ?? {}) as { content?: KoboContent } & KoboContent;
  const content: KoboContent = root.content ?? root;
  const translations = content.translations ?? [null];
  const sheets: XlsFormSheets = {};
  const survey = (content.survey ?? []).map((row) => {
    const list = row.select_from_list_name;
    const { select_from_list_name: _, ...rest } = row;
    if (typeof list === 'string' && typeof row.type === 'string')
      rest.type = `${row.type} ${list}${row._or_other === true || row._or_other === 'true' ? ' or_other' : ''}`;
    delete rest._or_other;
    if (rest.name === undefined && typeof row.$autoname === 'string') rest.name = row.$autoname;
    return rest;
  });
  sheets.survey = sheetFrom(survey, translations);
  if (content.choices) sheets.choices = sheetFrom(content.choices, translations);
  if (content.settings) {
    const settings = Array.isArray(content.settings) ? content.settings : [content.settings];
    sheets.settings = sheetFrom(settings, translations);
  }
  return sheets;
}

function sheetFrom(rows: KoboRow[], translations: (string | null)[]): XlsFormSheet {
  const header: string[] = [];
  const addColumn = (column: string) => {
    if (!header.includes(column)) header.push(column);
  };
  const sheetRows: SheetRow[] = rows.map((row, index) => {
    const cells: Record<string, string> = {};
    for (const [key, value] of Object.entries(row)) {
      if (key.startsWith('$') || value === null || value === undefined) continue;
      if (Array.isArray(value)) {
        value.forEach((text, at) => {
          const language = translations[at] ?? null;
          const column = language === null ? key : `${key}::${language}`;
          addColumn(column);
          if (text !== null && text !== undefined) cells[column] = String(text);
        });
        continue;
      }
      addColumn(key);
      cells[key] = typeof value === 'object' ? JSON.stringify(value) : String(value);
    }
    return { row: index + 2, cells };
  });
  return { header, headerRow: 1, rows: sheetRows };
}
