import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FormIssue } from '../../../../core/survey/types';
import { ApiError } from '../../../api/http';

/** The XLSForm problems an import refused on (400): in `details.issues`, or `details` itself. */
export function issuesOfError(error: unknown): FormIssue[] {
  if (!(error instanceof ApiError)) return [];
  const details = error.details as { issues?: unknown } | unknown[] | undefined;
  const list = Array.isArray(details) ? details : Array.isArray(details?.issues) ? details.issues : [];
  return list as FormIssue[];
}

/** XLSForm problems, each with its sheet, row and column, in the reader's language. */
export function FormIssuesList({ issues, testId }: { issues: FormIssue[]; testId: string }) {
  const { t } = useTranslation(['surveys', 'surveyIssues']);
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table verticalSpacing={4} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('issues.where')}</Table.Th>
            <Table.Th>{t('issues.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {issues.map((issue, index) => (
            // issues have no id; the list is shown as the server sent it
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
            <Table.Tr key={index}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">
                  {issue.row === null
                    ? t('issues.sheet', { sheet: issue.sheet })
                    : t('issues.sheetRow', { sheet: issue.sheet, row: issue.row })}
                </Text>
                {issue.column && (
                  <Text size="xs" c="dimmed" ff="monospace">
                    {issue.column}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Badge size="xs" variant="light" color={issue.severity === 'error' ? 'red' : 'yellow'} me={6}>
                  {t(`issues.${issue.severity}`)}
                </Badge>
                <Text span size="sm">
                  {t(`surveyIssues:${issue.code}`, { ...issue.params, defaultValue: issue.code })}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
