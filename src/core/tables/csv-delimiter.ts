/** The separators a CSV may use: commas, semicolons (French and German spreadsheet programs) or tabs. */
export const CSV_DELIMITERS = [',', ';', '\t'] as const;

/**
 * The delimiter that splits the header (the text up to the first line break) into the most cells; on a
 * tie the earlier of comma, semicolon, tab. Quotes are not looked at: callers split the header by the
 * answer as plain text.
 */
export function guessCsvDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  let best: string = CSV_DELIMITERS[0];
  let most = 0;
  for (const delimiter of CSV_DELIMITERS) {
    const cells = header.split(delimiter).length;
    if (cells > most) {
      best = delimiter;
      most = cells;
    }
  }
  return best;
}
