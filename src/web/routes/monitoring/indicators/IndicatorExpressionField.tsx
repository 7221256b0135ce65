import { Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localName, useDataElements } from '../setup/monitoringMetadataQueries';
import { indicatorKeys, indicatorsApi } from './indicatorQueries';

/**
 * A numerator or denominator in DHIS2 syntax, checked against the workspace's data elements as it is
 * typed, with a picker that inserts `#{CODE}` or `#{CODE.COMBO}` where the cursor is.
 */
export function IndicatorExpressionField(props: {
  slug: string;
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  required?: boolean;
}) {
  const { t, i18n } = useTranslation(['monitoringIndicators']);
  const elements = useDataElements(props.slug);
  const [elementId, setElementId] = useState<string | null>(null);
  const [combo, setCombo] = useState<string | null>(null);
  const [cursor, setCursor] = useState<number | null>(null);
  const [checked] = useDebouncedValue(props.value.trim(), 400);
  const check = useQuery({
    queryKey: indicatorKeys.expression(props.slug, checked),
    queryFn: () => indicatorsApi.checkExpression(props.slug, checked),
    enabled: checked !== '',
    staleTime: 30_000,
  });
  const element = elements.data?.find((candidate) => candidate.id === elementId) ?? null;
  const combos = element?.combos.filter((c) => c.code !== 'default') ?? [];

  const insert = () => {
    if (!element) return;
    const operand = combo ? `#{${element.code}.${combo}}` : `#{${element.code}}`;
    const at = cursor ?? props.value.length;
    props.onChange(`${props.value.slice(0, at)}${operand}${props.value.slice(at)}`);
    setCursor(at + operand.length);
  };

  const result = checked === props.value.trim() ? check.data : undefined;
  // the server's code and params, in the reader's language (its English message only when no code)
  const problemText = (problem: NonNullable<typeof result>) =>
    problem.code
      ? t(`expression.errors.${problem.code}`, {
          ...problem.params,
          position: (problem.position ?? 0) + 1,
        })
      : (problem.message ?? '');
  return (
    <Stack gap={4}>
      <Textarea
        label={props.label}
        description={props.description}
        required={props.required}
        autosize
        minRows={1}
        dir="ltr"
        ff="monospace"
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value)}
        onSelect={(event) => setCursor(event.currentTarget.selectionStart)}
        error={props.error}
      />
      {result && (
        <Text size="xs" c={result.valid ? 'teal' : 'red'} role="status">
          {result.valid
            ? t('expression.valid', {
                operands:
                  result.operands.map((o) => (o.combo ? `${o.name} (${o.combo})` : o.name)).join(' · ') ||
                  t('expression.constant'),
              })
            : t('expression.invalid', { message: problemText(result) })}
        </Text>
      )}
      <Group gap="xs" align="flex-end" wrap="wrap">
        <Select
          aria-label={t('expression.element')}
          placeholder={t('expression.element')}
          data={(elements.data ?? []).map((e) => ({
            value: e.id,
            label: `${e.code} · ${localName(e, i18n.language)}`,
          }))}
          value={elementId}
          onChange={(value) => {
            setElementId(value);
            setCombo(null);
          }}
          searchable
          size="xs"
          miw={180}
          style={{ flex: 1 }}
        />
        {combos.length > 0 && (
          <Select
            aria-label={t('expression.combo')}
            placeholder={t('expression.allCombos')}
            data={combos.map((c) => ({
              value: c.code,
              label: c.options.map((o) => localName(o, i18n.language)).join(', '),
            }))}
            value={combo}
            onChange={setCombo}
            clearable
            size="xs"
            miw={140}
          />
        )}
        <Button size="xs" variant="light" onClick={insert} disabled={!element}>
          {t('expression.insert')}
        </Button>
      </Group>
    </Stack>
  );
}
