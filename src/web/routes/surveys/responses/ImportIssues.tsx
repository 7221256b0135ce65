import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../app/format';
import type { ResponseIssue } from './responsesApi';

/** Problems of an import, each with its sheet, row and column, in the reader's language. */
export function ImportIssues(props: { issues: ResponseIssue[]; total?: number; testId: string }) {
  const { t } = useTranslation(['surveyResponses']);
  if (props.issues.length === 0) return null;
  const more = (props.total ?? props.issues.length) - props.issues.length;
  return (
    <>
      <List size="sm" spacing={4} data-testid={props.testId}>
        {props.issues.map((issue, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: two problems may share sheet, row and column; the list never reorders
          <List.Item key={`${issue.sheet}-${issue.row}-${issue.column}-${index}`}>
            <Text span size="sm" fw={500}>
              {t('issues.where', {
                sheet: issue.sheet,
                row: issue.row ?? '—',
                column: issue.column ?? '—',
              })}
            </Text>{' '}
            {t(`importIssues.${issue.code}`, { ...issue.params, defaultValue: issue.message })}
          </List.Item>
        ))}
      </List>
      {more > 0 && (
        <Text size="sm" c="dimmed">
          {t('issues.more', { count: more, formatted: formatNumber(more) })}
        </Text>
      )}
    </>
  );
}
