import { describe, expect, it } from 'vitest';
import { isPlainCsv } from './data-values-sources.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('plain CSV', () => {
  it('leaves quoted fields and lone carriage returns to the CSV parser', () => {
    expect(isPlainCsv(bytes('dataElement,period,orgUnit,value\n"DE,1",2026,OU1,5\n'))).toBe(false);
    expect(isPlainCsv(bytes('dataElement,period,orgUnit,value\rDE1,2026,OU1,5\r'))).toBe(false);
  });

  it('takes one line ending throughout, and leaves mixed endings to the CSV parser', () => {
    expect(isPlainCsv(bytes('dataElement,period,orgUnit,value\nDE1,2026,OU1,5\nDE2,2026,OU1,6'))).toBe(true);
    expect(isPlainCsv(bytes('dataElement,period,orgUnit,value\r\nDE1,2026,OU1,5\r\n'))).toBe(true);
    expect(isPlainCsv(bytes('dataElement,period,orgUnit,value\r\nDE1,2026,OU1,5\nDE2,2026,OU1,6\n'))).toBe(
      false,
    );
    expect(isPlainCsv(bytes('dataElement,period,orgUnit,value\nDE1,2026,OU1,5\r\n'))).toBe(false);
  });
});
