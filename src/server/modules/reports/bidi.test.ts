import { describe, expect, it } from 'vitest';
import { hasArabic, visualRuns } from './bidi.ts';
import { fitColumnWidths } from './column-widths.ts';

/** The runs as "font:text", Arabic runs marked "<" (laid out right to left by the font engine). */
const show = (line: string) =>
  visualRuns(line).map((run) => `${run.font}${run.rightToLeft ? '<' : ''}:${run.text}`);

describe('visual order of right-to-left lines', () => {
  it('keeps pure Arabic as one run for the font engine to shape and reverse', () => {
    expect(show('تقرير التقييم')).toEqual(['arabic<:تقرير التقييم']);
  });

  it('puts numbers and Latin words in reading order, at the end of the line on the left', () => {
    expect(show('صفحة 2 من 6')).toEqual(['latin:6', 'arabic<: من ', 'latin:2', 'arabic<:صفحة ']);
    expect(show('المالية العامة (على نمط PEFA)')).toEqual([
      'latin:(PEFA',
      'arabic<:على نمط ',
      'latin:)',
      'arabic<:المالية العامة ',
    ]);
  });

  it('orders an Arabic sentence holding a Latin acronym and a number as an Arabic reader reads it', () => {
    // Read right to left: "أجرت وزارة الدفاع تقييم", then RSS, then "في", then 12, then "مؤسسة".
    expect(show('أجرت وزارة الدفاع تقييم RSS في 12 مؤسسة')).toEqual([
      'arabic<: مؤسسة',
      'latin:12',
      'arabic<: في ',
      'latin:RSS',
      'arabic<:أجرت وزارة الدفاع تقييم ',
    ]);
    // A Latin phrase keeps its own left-to-right order inside the Arabic line.
    expect(show('تقرير Custodes 2.0 النهائي')).toEqual([
      'arabic<: النهائي',
      'latin:Custodes 2.0',
      'arabic<:تقرير ',
    ]);
  });

  it('keeps decimals, versions and signs whole, and mirrors brackets', () => {
    expect(show('الدرجة 2.5')).toEqual(['latin:2.5', 'arabic<:الدرجة ']);
    expect(show('الإصدار 1.0.0')).toEqual(['latin:1.0.0', 'arabic<:الإصدار ']);
    expect(show('التغير \u200e+0.5')).toEqual(['latin:+0.5', 'arabic<:التغير ']);
    expect(show('تقييم (2025)')).toEqual(['latin:(2025)', 'arabic<:تقييم ']);
  });

  it('orders dates written with right-to-left marks as Arabic readers expect', () => {
    expect(
      show('23\u200f/11\u200f/2026')
        .map((run) => run.split(':')[1])
        .join(''),
    ).toBe('2026/11/23');
  });

  it('tells Arabic text from the rest', () => {
    expect(hasArabic('Rapport d’évaluation')).toBe(false);
    expect(hasArabic('Kasora تقييم')).toBe(true);
  });
});

describe('column widths', () => {
  it('shares the width by weight, but never below a minimum', () => {
    expect(fitColumnWidths([1, 1], [0, 0], 100)).toEqual([50, 50]);
    expect(fitColumnWidths([1, 0, 3], [10, 30, 10], 230)).toEqual([50, 30, 150]);
    expect(fitColumnWidths([10, 1], [0, 40], 100)).toEqual([60, 40]);
  });
});
