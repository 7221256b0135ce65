import { Accordion, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../app/format';
import { ErrorAlert } from '../../../app/status';
import { IatiWarningList } from './IatiWarningList';
import { useIatiImportsQuery } from './iatiApi';

/** The files imported so far, newest first, each with its counts and warnings. */
export function IatiImportsList(props: { slug: string }) {
  const { t } = useTranslation('iati');
  const imports = useIatiImportsQuery(props.slug);
  if (imports.error) return <ErrorAlert error={imports.error} />;
  const list = imports.data?.imports ?? [];
  if (list.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('history.none')}
      </Text>
    );
  return (
    <Accordion variant="separated">
      {list.map((entry) => (
        <Accordion.Item key={entry.id} value={entry.id}>
          <Accordion.Control>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('history.line', {
                file: entry.fileName,
                date: formatDateTime(entry.createdAt),
                count: entry.activities,
                transactions: entry.transactions,
              })}
            </Text>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap={4}>
              <Text size="xs" c="dimmed">
                {t('history.by', {
                  name: entry.importedBy ?? t('history.former'),
                  version: entry.version || '?',
                })}
              </Text>
              {entry.warnings.length === 0 ? (
                <Text size="sm">{t('history.noWarnings')}</Text>
              ) : (
                <IatiWarningList warnings={entry.warnings} total={entry.warnings.length} />
              )}
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
