import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PHASES } from '../../../../core/planning/portfolio';
import { BASELINE_COLOR, CRITICAL_COLOR, PHASE_COLORS, QUICK_IMPACT_COLOR, SUMMARY_COLORS } from './GanttBar';

function Swatch({ children, label }: { children: React.ReactNode; label: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <svg width={22} height={14} aria-hidden="true" style={{ flex: '0 0 auto' }}>
        {children}
      </svg>
      <Text size="xs">{label}</Text>
    </Group>
  );
}

/** What the Gantt's colours and marks mean. */
export function GanttLegend({ showCritical }: { showCritical: boolean }) {
  const { t } = useTranslation('plan');
  return (
    <Group
      component="ul"
      gap="md"
      aria-label={t('legend.label')}
      style={{ listStyle: 'none', margin: 0, padding: 0 }}
    >
      {PHASES.map((phase) => (
        <li key={phase}>
          <Swatch label={t(`phase.${phase}`)}>
            <rect x={1} y={2} width={20} height={10} rx={2} fill={PHASE_COLORS[phase].light} />
            <rect x={1} y={2} width={9} height={10} rx={2} fill={PHASE_COLORS[phase].dark} />
          </Swatch>
        </li>
      ))}
      <li>
        <Swatch label={t('legend.summary')}>
          <rect x={1} y={4} width={20} height={6} fill={SUMMARY_COLORS.programme} />
        </Swatch>
      </li>
      <li>
        <Swatch label={t('legend.complete')}>
          <rect x={1} y={2} width={20} height={10} rx={2} fill={PHASE_COLORS.main.light} />
          <rect x={1} y={2} width={12} height={10} rx={2} fill={PHASE_COLORS.main.dark} />
        </Swatch>
      </li>
      <li>
        <Swatch label={t('legend.milestone')}>
          <polygon points="11,1 17,7 11,13 5,7" fill={PHASE_COLORS.main.dark} />
        </Swatch>
      </li>
      <li>
        <Swatch label={t('legend.quickImpact')}>
          <circle cx={11} cy={7} r={4} fill={QUICK_IMPACT_COLOR} />
        </Swatch>
      </li>
      <li>
        <Swatch label={t('legend.deadline')}>
          <line x1={11} x2={11} y1={1} y2={13} stroke={CRITICAL_COLOR} strokeWidth={2} />
        </Swatch>
      </li>
      <li>
        <Swatch label={t('legend.baseline')}>
          <rect x={1} y={6} width={20} height={3} fill={BASELINE_COLOR} />
        </Swatch>
      </li>
      {showCritical && (
        <li>
          <Swatch label={t('legend.critical')}>
            <rect
              x={2}
              y={2}
              width={18}
              height={10}
              rx={2}
              fill="white"
              stroke={CRITICAL_COLOR}
              strokeWidth={2}
            />
          </Swatch>
        </li>
      )}
      <li>
        <Swatch label={t('legend.moved')}>
          <rect
            x={2}
            y={2}
            width={18}
            height={10}
            rx={2}
            fill="white"
            stroke="#1971c2"
            strokeDasharray="4 2"
          />
        </Swatch>
      </li>
    </Group>
  );
}
