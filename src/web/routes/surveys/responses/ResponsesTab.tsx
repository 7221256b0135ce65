import { Alert, Badge, Button, Group, Modal, Pagination, Stack, Table, Text } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormQuestion, SurveyForm } from '../../../../core/survey/types';
import { errorText } from '../../../app/errors';
import { formatDateTime, formatNumber } from '../../../app/format';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { useCurrentWorkspace } from '../../workspaces/workspaceContext';
import { formLanguageFor, textIn } from '../renderer/formText';
import { useSurveyQuery } from '../surveysApi';
import { answerText } from './answerText';
import { ImportPanel } from './ImportPanel';
import { ResponseDetail } from './ResponseDetail';
import {
  exportUrl,
  PAGE_SIZE,
  type SubmissionRow,
  useDeleteSubmission,
  useSubmissionsQuery,
} from './responsesApi';

const SOURCES = ['enumerator', 'public', 'import'] as const;
/** How many answers the table shows beside when, how and who. */
const ANSWER_COLUMNS = 2;

/** The survey's responses: counts by source, import and export, and a paged table opening each response. */
export function ResponsesTab() {
  const { t, i18n } = useTranslation(['surveyResponses']);
  const { workspace } = useCurrentWorkspace();
  const slug = workspace.slug;
  const { surveyId } = useParams({ strict: false }) as { surveyId: string };
  const [page, setPage] = useState(0);
  const [open, setOpen] = useState<SubmissionRow | null>(null);
  const survey = useSurveyQuery(slug, surveyId);
  const submissions = useSubmissionsQuery(slug, surveyId, page);
  const remove = useDeleteSubmission(slug, surveyId);

  if (survey.isPending || submissions.isPending) return <PageLoader />;
  if (survey.isError) return <ErrorAlert error={survey.error} />;
  if (submissions.isError) return <ErrorAlert error={submissions.error} />;
  const form = survey.data.form;
  const language = formLanguageFor(form, i18n.language);
  const shown = firstQuestions(form);
  const data = submissions.data;
  const pages = Math.max(1, Math.ceil(data.total / PAGE_SIZE));

  return (
    <Stack gap="md">
      <Group gap="xs" data-testid="responses-counts">
        <Text size="sm" fw={500}>
          {t('counts.total', { count: data.total, formatted: formatNumber(data.total) })}
        </Text>
        {SOURCES.map((source) => (
          <Badge key={source} variant="light" data-testid={`responses-count-${source}`}>
            {t(`source.${source}`)}: {formatNumber(data.bySource[source])}
          </Badge>
        ))}
      </Group>
      <Group gap="xs">
        <Button
          component="a"
          href={exportUrl(slug, surveyId, 'xlsx')}
          variant="light"
          size="xs"
          data-testid="responses-export-xlsx"
        >
          {t('export.xlsx')}
        </Button>
        <Button
          component="a"
          href={exportUrl(slug, surveyId, 'csv')}
          variant="light"
          size="xs"
          data-testid="responses-export-csv"
        >
          {t('export.csv')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('export.csvNote')}
        </Text>
      </Group>
      <ImportPanel slug={slug} surveyId={surveyId} />
      {data.total === 0 ? (
        <Text c="dimmed" data-testid="responses-empty">
          {t('table.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table highlightOnHover data-testid="responses-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('table.received')}</Table.Th>
                <Table.Th>{t('table.source')}</Table.Th>
                <Table.Th>{t('table.who')}</Table.Th>
                {shown.map((question) => (
                  <Table.Th key={question.name}>
                    {textIn(question.label, language, form) || question.name}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.submissions.map((row) => (
                <Table.Tr
                  key={row.id}
                  onClick={() => setOpen(row)}
                  style={{ cursor: 'pointer' }}
                  data-testid="responses-row"
                >
                  <Table.Td>{formatDateTime(row.receivedAt)}</Table.Td>
                  <Table.Td>{t(`source.${row.source}`)}</Table.Td>
                  <Table.Td>{row.submittedBy?.name ?? t('table.anonymous')}</Table.Td>
                  {shown.map((question) => {
                    const value = row.answers[question.name];
                    return (
                      <Table.Td key={question.name}>
                        {Array.isArray(value) || value === undefined
                          ? ''
                          : answerText(form, question, value, language)}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {pages > 1 && (
        <Pagination total={pages} value={page + 1} onChange={(value) => setPage(value - 1)} size="sm" />
      )}
      <Modal
        opened={open !== null}
        onClose={() => {
          remove.reset();
          setOpen(null);
        }}
        title={t('detail.title')}
        size="lg"
      >
        {open && (
          <Stack gap="sm">
            <Text size="xs" c="dimmed">
              {t('detail.meta', {
                received: formatDateTime(open.receivedAt),
                source: t(`source.${open.source}`),
                who: open.submittedBy?.name ?? t('table.anonymous'),
              })}
            </Text>
            <ResponseDetail form={form} answers={open.answers} language={language} />
            {remove.isError && <Alert color="red">{errorText(remove.error, t)}</Alert>}
            <Group justify="flex-end">
              <Button
                color="red"
                variant="light"
                loading={remove.isPending}
                onClick={() => {
                  if (window.confirm(t('detail.confirmDelete')))
                    remove.mutate(open.id, { onSuccess: () => setOpen(null) });
                }}
                data-testid="response-delete"
              >
                {t('detail.delete')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}

/** The first questions of the main level (not in a repeat), for the table's answer columns. */
function firstQuestions(form: SurveyForm): FormQuestion[] {
  const found: FormQuestion[] = [];
  const visit = (nodes: SurveyForm['children']) => {
    for (const node of nodes) {
      if (found.length >= ANSWER_COLUMNS) return;
      if (node.kind === 'question' && node.type !== 'note' && node.type !== 'calculate') found.push(node);
      else if (node.kind === 'group') visit(node.children);
    }
  };
  visit(form.children);
  return found;
}
