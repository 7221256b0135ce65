import {
  Anchor,
  Button,
  Collapse,
  Group,
  NumberInput,
  Radio,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Objective } from '../../../api/plans';
import { formatNumber } from '../../../app/format';

export interface OptimiseSettings {
  objective: Objective;
  schedules: number;
  timeLimitSeconds: number;
  seed: number;
}

/** How hard to search, in words a planner chooses by: each level is a budget of schedules and a time limit. */
export const EFFORTS = {
  quick: { schedules: 5_000, timeLimitSeconds: 30 },
  thorough: { schedules: 20_000, timeLimitSeconds: 60 },
  exhaustive: { schedules: 100_000, timeLimitSeconds: 300 },
} as const;
export type Effort = keyof typeof EFFORTS;

const SEED_LIMITS = [0, 2 ** 31 - 1] as const;

/** What to optimise and how hard to search; the random seed waits under "Advanced". */
export function OptimiseForm(props: {
  busy: boolean;
  disabled: boolean;
  onStart: (settings: OptimiseSettings) => void;
}) {
  const { t } = useTranslation('plan');
  const [objective, setObjective] = useState<Objective>('makespan');
  const [effort, setEffort] = useState<Effort>('thorough');
  const [advanced, setAdvanced] = useState(false);
  const [seed, setSeed] = useState<number | string>(1);
  const [seedError, setSeedError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const [min, max] = SEED_LIMITS;
    if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < min || seed > max) {
      setSeedError(t('optimise.between', { min, max: formatNumber(max) }));
      setAdvanced(true);
      return;
    }
    setSeedError(null);
    props.onStart({ objective, ...EFFORTS[effort], seed });
  };

  return (
    <form onSubmit={submit} noValidate data-testid="optimise-form">
      <Stack gap="sm">
        <Radio.Group
          label={t('optimise.objective')}
          value={objective}
          onChange={(value) =>
            setObjective(value === 'weighted-completion' ? 'weighted-completion' : 'makespan')
          }
        >
          <Stack gap={6} mt={6}>
            <Radio
              value="makespan"
              label={t('optimise.objectives.makespan')}
              description={t('optimise.objectives.makespanHint')}
              disabled={props.disabled}
            />
            <Radio
              value="weighted-completion"
              label={t('optimise.objectives.weighted')}
              description={t('optimise.objectives.weightedHint')}
              disabled={props.disabled}
            />
          </Stack>
        </Radio.Group>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="optimise-effort-label">
            {t('optimise.effort')}
          </Text>
          <SegmentedControl
            aria-labelledby="optimise-effort-label"
            value={effort}
            onChange={(value) => setEffort(value in EFFORTS ? (value as Effort) : 'thorough')}
            disabled={props.disabled}
            data-testid="optimise-effort"
            data={(Object.keys(EFFORTS) as Effort[]).map((value) => ({
              value,
              label: t(`optimise.efforts.${value}`),
            }))}
          />
          <Text size="xs" c="dimmed" data-testid="optimise-effort-hint">
            {t(`optimise.efforts.${effort}Hint`, {
              schedules: formatNumber(EFFORTS[effort].schedules),
              seconds: EFFORTS[effort].timeLimitSeconds,
            })}
          </Text>
        </Stack>
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => setAdvanced((open) => !open)}
          aria-expanded={advanced}
          aria-controls="optimise-advanced"
          data-testid="optimise-advanced-toggle"
        >
          {advanced ? t('optimise.advancedHide') : t('optimise.advanced')}
        </Anchor>
        <Collapse expanded={advanced} id="optimise-advanced">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t('optimise.seed')}
              description={t('optimise.seedHint')}
              value={seed}
              onChange={setSeed}
              min={SEED_LIMITS[0]}
              max={SEED_LIMITS[1]}
              allowDecimal={false}
              allowNegative={false}
              error={seedError}
              disabled={props.disabled}
            />
          </SimpleGrid>
        </Collapse>
        <Group>
          <Button type="submit" loading={props.busy} disabled={props.disabled} data-testid="optimise-start">
            {t('optimise.start')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
