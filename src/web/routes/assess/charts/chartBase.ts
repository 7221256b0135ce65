/** Settings every chart of the area shares: the interface's fonts and a palette that prints well. */
export const CHART_FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", Tahoma, Arial, sans-serif';

export const CHART_COLORS = {
  current: '#4263eb',
  baseline: '#adb5bd',
  improved: '#2f9e44',
  declined: '#e03131',
};

export const baseOption = () => ({
  textStyle: { fontFamily: CHART_FONT },
  animationDuration: 300,
});

/** Shortens long labels so they fit beside a bar on a phone. */
export const shorten = (text: string, length = 28) =>
  text.length > length ? `${text.slice(0, length - 1)}…` : text;
