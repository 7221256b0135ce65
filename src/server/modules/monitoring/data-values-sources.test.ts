import { describe, expect, it } from 'vitest';
import { csvLines, isPlainCsv, type NumberedLine, type SourceContext } from './data-values-sources.ts';

const meta = { orgUnits: [], categories: [], dataElements: [] };
const context = (): SourceContext => ({ meta, errors: [], columns: [] });
const bytes = (text: string) => new TextEncoder().encode(text);

async function viaParser(text: string) {
  const ctx = context();
  const lines: NumberedLine[] = [];
  async function* one() {
    yield bytes(text);
  }
  for await (const line of csvLines(one(), ctx)) lines.push(line);
  return { lines, errors: ctx.errors };
}

describe('plain CSV', () => {
  it('leaves quoted fields and lone carriage returns to the CSV parser', () => {
    expect(isPlainCsv(bytes('dataElement,period,orgUnit,value\n"DE,1",2026,OU1,5\n'))).toBe(false);
    expect(isPlainCsv(bytes('dataElement,period,orgUnit,value\rDE1,2026,OU1,5\r'))).toBe(false);
  });
});
