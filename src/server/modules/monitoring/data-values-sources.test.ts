import { describe, expect, it } from 'vitest';
import {
  csvLines,
  isPlainCsv,
  type NumberedLine,
  plainCsvLines,
  type SourceContext,
} from './data-values-sources.ts';

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

function viaPlain(text: string) {
  const ctx = context();
  const lines = [...plainCsvLines(bytes(text), ctx)];
  return { lines, errors: ctx.errors };
}

describe('plain CSV lines', () => {
  it.each([
    ['comma, LF', 'dataElement,period,orgUnit,value\nDE1,202601,OU1,5\nDE2,202602,OU2,6\n'],
    [
      'CRLF, BOM, no final line end',
      '\uFEFFdataElement,period,orgUnit,value\r\nDE1,202601,OU1,5\r\nDE2,2026,OU2,7',
    ],
    [
      'semicolons, blank lines',
      'dataElement;period;orgUnit;value;comment\n\nDE1;2026Q1;OU1;5;ok\n  \nDE2;2026;OU2;6;\n',
    ],
    ['tabs, short line', 'dataElement\tperiod\torgUnit\tvalue\nDE1\t2026\tOU1\nDE2\t2026\tOU2\t8\n'],
    ['header only', 'dataElement,period,orgUnit,value\n'],
    ['unknown column', 'dataElement,period,orgUnit,value,colour\nDE1,2026,OU1,5\n'],
    ['empty', ''],
  ])('gives the same lines, numbers and errors as the CSV parser: %s', async (_name, text) => {
    expect(isPlainCsv(bytes(text))).toBe(true);
    expect(viaPlain(text)).toEqual(await viaParser(text));
  });

  it('leaves quoted fields and lone carriage returns to the CSV parser', () => {
    expect(isPlainCsv(bytes('dataElement,period,orgUnit,value\n"DE,1",2026,OU1,5\n'))).toBe(false);
    expect(isPlainCsv(bytes('dataElement,period,orgUnit,value\rDE1,2026,OU1,5\r'))).toBe(false);
  });

  it('reads lines across its 1 MB slices', () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => `DE${i % 7},2026,OU${i},${i}`);
    const text = `dataElement,period,orgUnit,value\n${rows.join('\n')}\n`;
    const { lines, errors } = viaPlain(text);
    expect(errors).toEqual([]);
    expect(lines).toHaveLength(60_000);
    expect(lines[59_999]).toMatchObject({ line: 60_001, raw: { orgUnit: 'OU59999', value: '59999' } });
    expect(lines.every((l, i) => l.raw.orgUnit === `OU${i}`)).toBe(true);
  });
});
