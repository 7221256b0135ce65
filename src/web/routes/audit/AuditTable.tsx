import { Badge, Code, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import type { AuditEntry, AuditReferences } from './auditApi';
import { ChangesCell } from './ChangesCell';
import { useAuditWords } from './useAuditWords';

export function AuditTable({ entries, references }: { entries: AuditEntry[]; references: AuditReferences }) {
  const { t } = useTranslation();
  const { t: ta } = useTranslation('audit');
  const words = useAuditWords(references);
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table data-testid="audit-table" striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('audit.seq')}</Table.Th>
            <Table.Th>{t('audit.time')}</Table.Th>
            <Table.Th>{ta('what')}</Table.Th>
            <Table.Th>{t('audit.changes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id} data-testid="audit-row" style={{ verticalAlign: 'top' }}>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {entry.seq}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.createdAt)}</Table.Td>
              <Table.Td maw={520}>
                <Text size="sm" data-testid="audit-sentence">
                  {words.sentence(entry)}
                </Text>
                <Group gap={6} mt={2}>
                  <Text size="xs" c="dimmed">
                    {words.entityType(entry.entityType)}
                  </Text>
                  {entry.entity?.deleted && (
                    <Badge size="xs" variant="light" color="gray" tt="none">
                      {ta('deleted')}
                    </Badge>
                  )}
                  {entry.actor?.email && (
                    <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                      {entry.actor.email}
                    </Text>
                  )}
                  <Code dir="ltr" fz="xs">
                    {entry.action}
                  </Code>
                </Group>
              </Table.Td>
              <Table.Td maw={360}>
                <ChangesCell entry={entry} words={words} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
