import { parseXPath, referencedNames, XPathSyntaxError } from '../xpath';
import type { IssueList } from './issues';

/** An expression cell to check once every name of the form is known (calculations may look ahead). */
export interface ExpressionCell {
  sheet: string;
  row: number;
  column: string;
  text: string;
  /** Labels and hints are text with `${name}`s, not XPath. */
  kind: 'xpath' | 'text';
}

/**
 * Refuses an expression that does not parse, or that names a question the form does not have, or one of
 * a type left out of the form.
 */
export function checkExpressions(
  cells: ExpressionCell[],
  names: ReadonlySet<string>,
  unsupported: ReadonlyMap<string, string>,
  issues: IssueList,
): void {
  for (const cell of cells) {
    let references: string[];
    if (cell.kind === 'text') {
      references = [...cell.text.matchAll(/\$\{([^}]*)\}/g)].map((match) => (match[1] ?? '').trim());
    } else {
      try {
        parseXPath(cell.text);
        references = referencedNames(cell.text);
      } catch (error) {
        if (!(error instanceof XPathSyntaxError)) throw error;
        issues.error(cell.sheet, cell.row, cell.column, 'expression_syntax', {
          expression: cell.text,
          reason: error.message,
          position: error.position,
        });
        continue;
      }
    }
    for (const name of new Set(references)) {
      const type = unsupported.get(name);
      if (type !== undefined && !names.has(name)) {
        // A label showing a left-out value shows it empty; an expression computed from it would be wrong.
        if (cell.kind === 'text')
          issues.warning(cell.sheet, cell.row, cell.column, 'label_reference_unsupported', { name, type });
        else issues.error(cell.sheet, cell.row, cell.column, 'reference_to_unsupported', { name, type });
      } else if (!names.has(name))
        issues.error(cell.sheet, cell.row, cell.column, 'unknown_reference', { name });
    }
  }
}
