import { Box, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { riskRating, riskScore } from '../../../../core/planning/portfolio';
import { usePlanLabels } from '../portfolio/usePlanLabels';
import { LEVELS, matrixCounts } from './riskMatrix';

const CELL_COLORS: Record<string, string> = {
  low: 'var(--mantine-color-green-1)',
  medium: 'var(--mantine-color-yellow-2)',
  high: 'var(--mantine-color-orange-3)',
  critical: 'var(--mantine-color-red-4)',
};

interface RiskMatrixProps {
  risks: { likelihood: number; impact: number }[];
  selected: { likelihood: number; impact: number } | null;
  onSelect: (cell: { likelihood: number; impact: number } | null) => void;
}

/** Likelihood (rows, most likely on top) × impact (columns); each cell counts its risks and filters the register. */
export function RiskMatrix({ risks, selected, onSelect }: RiskMatrixProps) {
  const { t } = useTranslation('portfolio');
  const labels = usePlanLabels();
  const counts = matrixCounts(risks);
  const rows = [...LEVELS].reverse();
  return (
    <Stack gap={4} data-testid="risk-matrix" maw={420}>
      <Box style={{ display: 'grid', gridTemplateColumns: 'auto repeat(5, minmax(40px, 1fr))', gap: 4 }}>
        {rows.map((likelihood) => [
          <Text
            key={`l${likelihood}`}
            size="xs"
            c="dimmed"
            ta="center"
            style={{ alignSelf: 'center' }}
            px={4}
          >
            {labels.number(likelihood)}
          </Text>,
          ...LEVELS.map((impact) => {
            const count = counts[likelihood - 1][impact - 1];
            const rating = riskRating(riskScore(likelihood, impact));
            const active = selected?.likelihood === likelihood && selected.impact === impact;
            return (
              <UnstyledButton
                key={`${likelihood}-${impact}`}
                onClick={() => onSelect(active ? null : { likelihood, impact })}
                aria-pressed={active}
                aria-label={t('risks.cellLabel', {
                  likelihood,
                  impact,
                  rating: labels.rating(rating),
                  count,
                })}
                data-testid={`risk-cell-${likelihood}-${impact}`}
                style={{
                  background: CELL_COLORS[rating],
                  minHeight: 44,
                  borderRadius: 4,
                  outline: active ? '3px solid var(--mantine-color-dark-6)' : undefined,
                  outlineOffset: -3,
                  display: 'flex',
                  alignItems: 'center',
                  justifyContent: 'center',
                  opacity: count === 0 ? 0.55 : 1,
                }}
              >
                <Text fw={count > 0 ? 700 : 400} size="sm" c={count > 0 ? 'dark' : 'dimmed'}>
                  {count > 0 ? labels.number(count) : '·'}
                </Text>
              </UnstyledButton>
            );
          }),
        ])}
        <span />
        {LEVELS.map((impact) => (
          <Text key={`i${impact}`} size="xs" c="dimmed" ta="center">
            {labels.number(impact)}
          </Text>
        ))}
      </Box>
      <Text size="xs" c="dimmed" ta="center">
        {t('risks.matrixAxes')}
      </Text>
    </Stack>
  );
}
