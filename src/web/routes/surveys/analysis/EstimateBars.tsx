import { Box, Stack, Text } from '@mantine/core';

export interface BarEstimate {
  label: string;
  estimate: number;
  low: number;
  high: number;
  /** The figure and interval as the table prints them, shown on hover. */
  text: string;
}

/**
 * Estimates as bars with their 95 % intervals as whiskers, drawn in HTML: ECharts' chunk alone is near
 * the page budget (bench/README.md, "Chart pages"), and bars with whiskers need none of it.
 */
export function EstimateBars({
  rows,
  label,
  testId,
}: {
  rows: BarEstimate[];
  label: string;
  testId: string;
}) {
  const low = Math.min(0, ...rows.map((row) => row.low));
  const high = Math.max(0, ...rows.map((row) => row.high));
  const span = high - low || 1;
  const at = (value: number) => `${((value - low) / span) * 100}%`;
  const size = (from: number, to: number) => `${(Math.abs(to - from) / span) * 100}%`;

  return (
    <Stack gap={6} role="img" aria-label={label} data-testid={testId} maw={640}>
      {rows.map((row) => (
        <Box key={row.label} title={row.text}>
          <Text size="xs" truncate>
            {row.label}
          </Text>
          <Box pos="relative" h={16} bg="var(--mantine-color-gray-1)" style={{ borderRadius: 2 }}>
            <Box
              pos="absolute"
              top={3}
              h={10}
              bg="var(--mantine-color-indigo-5)"
              style={{ insetInlineStart: at(Math.min(0, row.estimate)), width: size(0, row.estimate) }}
            />
            <Box
              pos="absolute"
              top={3}
              h={10}
              style={{
                insetInlineStart: at(row.low),
                width: size(row.low, row.high),
                borderInline: '2px solid var(--mantine-color-dark-6)',
              }}
            >
              <Box h={2} mt={4} bg="var(--mantine-color-dark-6)" />
            </Box>
          </Box>
        </Box>
      ))}
    </Stack>
  );
}
