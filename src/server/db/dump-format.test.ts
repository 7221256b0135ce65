import { describe, expect, it } from 'vitest';
import { orderByDependencies, quoteIdent, quoteLiteral } from './dump-format.ts';

describe('dump format', () => {
  it('quotes literals on one line', () => {
    expect(quoteLiteral(null)).toBe('NULL');
    expect(quoteLiteral("it's\nback\\slash\ttab")).toBe("E'it\\'s\\nback\\\\slash\\ttab'");
    expect(quoteLiteral('a\r\nb')).not.toContain('\n');
  });
  it('quotes identifiers', () => {
    expect(quoteIdent('we"ird')).toBe('"we""ird"');
  });
  it('orders tables after the tables they reference', () => {
    const order = orderByDependencies(
      ['memberships', 'users', 'workspaces', 'notes'],
      [
        { from: 'memberships', to: 'users' },
        { from: 'memberships', to: 'workspaces' },
        { from: 'notes', to: 'memberships' },
        { from: 'users', to: 'users' },
      ],
    );
    expect(order.indexOf('memberships')).toBeGreaterThan(order.indexOf('users'));
    expect(order.indexOf('memberships')).toBeGreaterThan(order.indexOf('workspaces'));
    expect(order.at(-1)).toBe('notes');
  });
  it('refuses a cycle', () => {
    expect(() =>
      orderByDependencies(
        ['a', 'b'],
        [
          { from: 'a', to: 'b' },
          { from: 'b', to: 'a' },
        ],
      ),
    ).toThrow(/cycle/);
  });
});
