/** Heat map colours: red is weak, amber middling, green strong (the palette of the area's charts). */
export const HEAT_STOPS = ['#e03131', '#fab005', '#2f9e44'] as const;

const FINAL = new Set(['validated', 'published']);

/** Whether an assessment's scores are final; other rows of the heat map are drawn faded. */
export const isFinal = (status: string) => FINAL.has(status);

const channels = (hex: string) => [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16));
const toHex = (values: number[]) =>
  `#${values.map((value) => Math.round(value).toString(16).padStart(2, '0')).join('')}`;

/** The colour of a score on the scale's range, blended between the stops around it. */
export function heatColor(value: number, range: { min: number; max: number }): string {
  const span = range.max - range.min;
  const share = span > 0 ? Math.min(1, Math.max(0, (value - range.min) / span)) : 1;
  const position = share * (HEAT_STOPS.length - 1);
  const index = Math.min(HEAT_STOPS.length - 2, Math.floor(position));
  const [from, to] = [channels(HEAT_STOPS[index]), channels(HEAT_STOPS[index + 1])];
  const weight = position - index;
  return toHex(from.map((channel, i) => channel + (to[i] - channel) * weight));
}

/** Dark or white text, whichever reads better on the background (WCAG relative luminance). */
export function textOn(background: string): string {
  const [r, g, b] = channels(background).map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // contrast with white (1.05 / (L + 0.05)) against contrast with #212529 (L ≈ 0.016)
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.066 ? '#ffffff' : '#212529';
}
