import { Button, Group, NumberInput, Radio, SimpleGrid, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Objective } from '../../../api/plans';

export interface OptimiseSettings {
  objective: Objective;
  schedules: number;
  timeLimitSeconds: number;
  seed: number;
}

export const DEFAULT_SETTINGS: OptimiseSettings = {
  objective: 'makespan',
  schedules: 20_000,
  timeLimitSeconds: 60,
  seed: 1,
};

const LIMITS = {
  schedules: [100, 1_000_000],
  timeLimitSeconds: [1, 600],
  seed: [0, 2 ** 31 - 1],
} as const;

type NumberField = keyof typeof LIMITS;

/** What to optimise and how long to search. */
export function OptimiseForm(props: {
  busy: boolean;
  disabled: boolean;
  onStart: (settings: OptimiseSettings) => void;
}) {
  const { t } = useTranslation('plan');
  const [objective, setObjective] = useState<Objective>(DEFAULT_SETTINGS.objective);
  const [values, setValues] = useState<Record<NumberField, number | string>>({
    schedules: DEFAULT_SETTINGS.schedules,
    timeLimitSeconds: DEFAULT_SETTINGS.timeLimitSeconds,
    seed: DEFAULT_SETTINGS.seed,
  });
  const [problems, setProblems] = useState<Partial<Record<NumberField, string>>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<NumberField, string>> = {};
    const numbers = {} as Record<NumberField, number>;
    for (const field of Object.keys(LIMITS) as NumberField[]) {
      const value = values[field];
      const [min, max] = LIMITS[field];
      if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
        found[field] = t('optimise.between', { min, max });
      else numbers[field] = value;
    }
    setProblems(found);
    if (Object.keys(found).length === 0) props.onStart({ objective, ...numbers });
  };

  const numberInput = (field: NumberField, label: string, description: string) => (
    <NumberInput
      label={label}
      description={description}
      value={values[field]}
      onChange={(value) => setValues((current) => ({ ...current, [field]: value }))}
      min={LIMITS[field][0]}
      max={LIMITS[field][1]}
      allowDecimal={false}
      allowNegative={false}
      error={problems[field]}
      disabled={props.disabled}
    />
  );

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
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {numberInput('schedules', t('optimise.schedules'), t('optimise.schedulesHint'))}
          {numberInput('timeLimitSeconds', t('optimise.timeLimit'), t('optimise.timeLimitHint'))}
          {numberInput('seed', t('optimise.seed'), t('optimise.seedHint'))}
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={props.busy} disabled={props.disabled} data-testid="optimise-start">
            {t('optimise.start')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
