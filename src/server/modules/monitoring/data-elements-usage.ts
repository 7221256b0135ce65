import { eq } from 'drizzle-orm';
import { expressionOperands, parseExpression } from '../../../core/indicators/expression.ts';
import type { Db } from '../../db/client.ts';
import { monitoringIndicators } from '../../db/schema/monitoring.ts';

/**
 * The first indicator whose numerator or denominator names this data element (by code or id), or
 * null: such an element keeps its code and cannot be deleted until the indicator stops using it.
 */
export async function indicatorUsing(
  tx: Db,
  workspaceId: string,
  element: { id: string; code: string },
): Promise<{ id: string; code: string } | null> {
  const indicators = await tx
    .select({
      id: monitoringIndicators.id,
      code: monitoringIndicators.code,
      numerator: monitoringIndicators.numerator,
      denominator: monitoringIndicators.denominator,
    })
    .from(monitoringIndicators)
    .where(eq(monitoringIndicators.workspaceId, workspaceId));
  const code = element.code.toLowerCase();
  const names = (text: string) => {
    try {
      return expressionOperands(parseExpression(text)).some(
        (operand) => operand.dataElement === element.id || operand.dataElement.toLowerCase() === code,
      );
    } catch {
      // an expression that no longer parses names nothing
      return false;
    }
  };
  const found = indicators.find((i) => names(i.numerator) || names(i.denominator));
  return found ? { id: found.id, code: found.code } : null;
}
