import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assessApi } from '../../../api/assessments';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { useFrameworksQuery } from '../assessQueries';
import { useAssessLabels } from '../useAssessLabels';
import { useAssessPermissions } from '../useAssessPermissions';
import { FrameworkImport } from './FrameworkImport';
import { FrameworkView } from './FrameworkView';

/** The framework catalogue: built-in references and the workspace's own, to read, export and import. */
export function FrameworksPage() {
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  const { slug, canManage } = useAssessPermissions();
  const frameworks = useFrameworksQuery(slug);
  const [viewing, setViewing] = useState<string | null>(null);

  return (
    <Stack gap="md">
      {frameworks.isPending && <PageLoader />}
      {frameworks.isError && <ErrorAlert error={frameworks.error} />}
      {frameworks.data && (
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing="xs" striped data-testid="framework-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('frameworks.name')}</Table.Th>
                <Table.Th>{t('frameworks.items')}</Table.Th>
                <Table.Th>{t('frameworks.origin')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {frameworks.data.frameworks.map((framework) => {
                const name = labels.text(framework.name);
                return (
                  <Table.Tr key={framework.id} data-testid="framework-row">
                    <Table.Td maw={420}>
                      <Text size="sm" fw={600}>
                        {name}
                      </Text>
                      <Text size="xs" c="dimmed" dir="ltr" style={{ unicodeBidi: 'isolate' }}>
                        {framework.id} {framework.version}
                      </Text>
                    </Table.Td>
                    <Table.Td>{labels.score(framework.items)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={framework.builtIn ? 'indigo' : 'teal'}>
                        {t(framework.builtIn ? 'frameworks.builtIn' : 'frameworks.custom')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="compact-sm"
                          variant={viewing === framework.id ? 'filled' : 'default'}
                          onClick={() => setViewing(viewing === framework.id ? null : framework.id)}
                          aria-pressed={viewing === framework.id}
                          aria-label={t('frameworks.viewNamed', { name })}
                        >
                          {t('frameworks.view')}
                        </Button>
                        {(['json', 'xlsx'] as const).map((format) => (
                          <Button
                            key={format}
                            component="a"
                            href={assessApi.frameworkExportUrl(slug, framework.id, format)}
                            download
                            size="compact-sm"
                            variant="subtle"
                            aria-label={t('frameworks.exportNamed', { name, format: format.toUpperCase() })}
                          >
                            {format.toUpperCase()}
                          </Button>
                        ))}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {viewing && <FrameworkView slug={slug} frameworkId={viewing} />}
      {canManage && <FrameworkImport slug={slug} />}
    </Stack>
  );
}
