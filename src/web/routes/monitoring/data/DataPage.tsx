import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentWorkspace } from '../../workspaces/workspaceContext';
import { DataEntryPanel } from './DataEntryPanel';
import { DataTransferPanel } from './DataTransferPanel';

type View = 'entry' | 'files';

/** Monitor → Data: the entry forms, and files in (CSV, XLSX, DHIS2 JSON) and out. */
export function DataPage() {
  const { t } = useTranslation(['monitoringData']);
  const { workspace, permissions } = useCurrentWorkspace();
  const canWrite = permissions.includes('data-values:write');
  const [view, setView] = useState<View>('entry');
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" maw={760}>
        {t(canWrite ? 'intro' : 'introReader')}
      </Text>
      <SegmentedControl
        value={view}
        onChange={(value) => setView(value as View)}
        data={[
          { value: 'entry', label: t('views.entry') },
          { value: 'files', label: t(canWrite ? 'views.files' : 'views.export') },
        ]}
        aria-label={t('views.label')}
        style={{ alignSelf: 'flex-start' }}
      />
      {view === 'entry' ? (
        <DataEntryPanel slug={workspace.slug} canWrite={canWrite} />
      ) : (
        <DataTransferPanel slug={workspace.slug} canWrite={canWrite} />
      )}
    </Stack>
  );
}
