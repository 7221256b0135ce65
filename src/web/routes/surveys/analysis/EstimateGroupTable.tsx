import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EstimateDetail, SurveyForm } from '../../../../core/survey/types';
import { formText } from '../surveysApi';
import { EstimateBars } from './EstimateBars';
import { domainValue, type EstimateGroup, respondentsLost, valueLabel } from './estimateGroups';

/** One spec's estimates: a table with SE, interval, n, design effect and effective n, then a chart. */
export function EstimateGroupTable({
  group,
  form,
  index,
}: {
  group: EstimateGroup;
  form: SurveyForm;
  index: number;
}) {
  const { t, i18n } = useTranslation(['surveys']);
  const label = (text: Record<string, string>) => formText(text, form, i18n.language);
  const percent = group.stat === 'proportion';
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: percent ? 1 : 3 });
  const whole = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });
  const two = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2, minimumFractionDigits: 2 });
  const figure = (value: number) => (percent ? `${number.format(value * 100)} %` : number.format(value));
  const rowLabel = (row: EstimateDetail) => {
    const parts: string[] = [];
    const domain = domainValue(row.domain);
    if (group.by && domain !== null) parts.push(valueLabel(form, group.by, domain, label));
    if (row.category !== null) parts.push(valueLabel(form, group.variable, row.category, label));
    return parts.join(' · ') || t('results.everyone');
  };
  const variableLabel = valueOfQuestion(form, group.variable, label);
  const title = t(group.by ? 'results.groupBy' : 'results.group', {
    stat: t(`stat.${group.stat}`),
    variable: variableLabel,
    by: group.by ? valueOfQuestion(form, group.by, label) : '',
  });
  const costRow = group.rows.find((row) => respondentsLost(row) !== null);
  const lost = costRow ? respondentsLost(costRow) : null;

  return (
    <Stack gap={6} data-testid={`estimate-group-${index}`}>
      <Title order={3} size="h5">
        {title}
      </Title>
      <Table.ScrollContainer minWidth={620}>
        <Table striped verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              <Table.Th ta="end">{t('results.estimate')}</Table.Th>
              <Table.Th ta="end">{t('results.se')}</Table.Th>
              <Table.Th ta="end">{t('results.ci')}</Table.Th>
              <Table.Th ta="end">{t('results.n')}</Table.Th>
              <Table.Th ta="end">{t('results.deff')}</Table.Th>
              <Table.Th ta="end">{t('results.effectiveN')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {group.rows.map((row) => (
              <Table.Tr key={`${row.domain ?? ''}|${row.category ?? ''}`} data-testid="estimate-row">
                <Table.Td>{rowLabel(row)}</Table.Td>
                <Table.Td ta="end" data-testid="estimate-value">
                  {figure(row.estimate)}
                </Table.Td>
                <Table.Td ta="end">{figure(row.se)}</Table.Td>
                <Table.Td ta="end" data-testid="estimate-ci" style={{ whiteSpace: 'nowrap' }}>
                  {figure(row.ci[0])} – {figure(row.ci[1])}
                </Table.Td>
                <Table.Td ta="end">{whole.format(row.n)}</Table.Td>
                <Table.Td ta="end" data-testid="estimate-deff">
                  {row.deff === null ? '—' : two.format(row.deff)}
                </Table.Td>
                <Table.Td ta="end" data-testid="estimate-effective-n">
                  {row.effectiveN === null ? '—' : whole.format(row.effectiveN)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {costRow && lost !== null && costRow.deff !== null && costRow.effectiveN !== null && (
        <Text size="sm" data-testid="estimate-cost">
          {lost > 0
            ? t('results.cost', {
                row: rowLabel(costRow),
                deff: two.format(costRow.deff),
                lost: whole.format(lost),
                effective: whole.format(costRow.effectiveN),
                n: whole.format(costRow.n),
              })
            : t('results.gain', { row: rowLabel(costRow), deff: two.format(costRow.deff) })}
        </Text>
      )}
      <EstimateBars
        testId={`estimate-chart-${index}`}
        label={t('results.chartLabel', { title })}
        rows={group.rows.map((row) => ({
          label: rowLabel(row),
          estimate: percent ? row.estimate * 100 : row.estimate,
          low: percent ? row.ci[0] * 100 : row.ci[0],
          high: percent ? row.ci[1] * 100 : row.ci[1],
          text: `${rowLabel(row)}: ${figure(row.estimate)} (${figure(row.ci[0])} – ${figure(row.ci[1])})`,
        }))}
      />
    </Stack>
  );
}

function valueOfQuestion(form: SurveyForm, name: string, label: (text: Record<string, string>) => string) {
  const walk = (nodes: SurveyForm['children']): string | null => {
    for (const node of nodes) {
      if (node.kind === 'question' && node.name === name) return label(node.label) || name;
      if (node.kind !== 'question') {
        const found = walk(node.children);
        if (found) return found;
      }
    }
    return null;
  };
  return walk(form.children) ?? name;
}
