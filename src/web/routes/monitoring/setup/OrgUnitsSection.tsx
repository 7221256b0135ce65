import { Badge, Box, Button, Group, Modal, Paper, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../app/ConfirmModal';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { useErrorText } from '../../assess/useErrorText';
import {
  localName,
  metadataApi,
  type OrgUnit,
  useInvalidateMonitoring,
  useOrgUnits,
} from './monitoringMetadataQueries';
import { OrgUnitForm } from './OrgUnitForm';
import { OrgUnitImport } from './OrgUnitImport';

type Editing = { unit: OrgUnit | null; parentId: string | null };

/** Units depth first: each unit followed by the units below it. */
function depthFirst(units: OrgUnit[]): OrgUnit[] {
  const children = new Map<string | null, OrgUnit[]>();
  for (const unit of units) children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit]);
  const ids = new Set(units.map((u) => u.id));
  const out: OrgUnit[] = [];
  const visit = (unit: OrgUnit) => {
    out.push(unit);
    for (const child of children.get(unit.id) ?? []) visit(child);
  };
  for (const unit of units) if (!unit.parentId || !ids.has(unit.parentId)) visit(unit);
  return out;
}

/** The org unit hierarchy as an indented list: add below, rename, move, delete, import a sheet. */
export function OrgUnitsSection(props: { slug: string; canEdit: boolean }) {
  const { t, i18n } = useTranslation(['monitoringSetup']);
  const errorMessage = useErrorText();
  const units = useOrgUnits(props.slug);
  const invalidate = useInvalidateMonitoring(props.slug);
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [importing, setImporting] = useState(false);
  const [deleting, setDeleting] = useState<OrgUnit | null>(null);
  const remove = useMutation({
    mutationFn: (unit: OrgUnit) => metadataApi.deleteOrgUnit(props.slug, unit.id),
    onSuccess: async () => {
      setDeleting(null);
      await invalidate();
      notifications.show({ color: 'green', message: t('deleted') });
    },
    onError: (error) => {
      setDeleting(null);
      notifications.show({ color: 'red', message: errorMessage(error) });
    },
  });

  if (units.isPending) return <PageLoader />;
  if (units.isError) return <ErrorAlert error={units.error} />;
  const all = units.data;
  const needle = filter.trim().toLowerCase();
  const shown = depthFirst(all).filter(
    (u) =>
      !needle ||
      u.code.toLowerCase().includes(needle) ||
      localName(u, i18n.language).toLowerCase().includes(needle),
  );

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <TextInput
          label={t('orgUnits.filter')}
          value={filter}
          onChange={(event) => setFilter(event.currentTarget.value)}
          miw={200}
        />
        {props.canEdit && (
          <Group gap="xs">
            <Button variant="default" onClick={() => setImporting(true)}>
              {t('orgUnits.import')}
            </Button>
            <Button onClick={() => setEditing({ unit: null, parentId: null })}>{t('orgUnits.add')}</Button>
          </Group>
        )}
      </Group>
      {all.length === 0 && (
        <Text size="sm" c="dimmed">
          {props.canEdit ? t('orgUnits.emptyWriter') : t('orgUnits.emptyReader')}
        </Text>
      )}
      <Stack gap={4} role="tree" aria-label={t('sections.orgUnits')}>
        {shown.map((unit) => (
          <Paper key={unit.id} withBorder p="xs" role="treeitem" aria-level={unit.level}>
            <Box style={{ paddingInlineStart: `calc(${Math.min(unit.level - 1, 6)} * 1rem)` }}>
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                  <Badge variant="light" color="gray" tt="none" dir="ltr">
                    {unit.code}
                  </Badge>
                  <Text size="sm" truncate>
                    {localName(unit, i18n.language)}
                  </Text>
                  {unit.childCount > 0 && (
                    <Text size="xs" c="dimmed">
                      {t('orgUnits.children', { count: unit.childCount })}
                    </Text>
                  )}
                </Group>
                {props.canEdit && (
                  <Group gap={4}>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => setEditing({ unit: null, parentId: unit.id })}
                    >
                      {t('orgUnits.addBelow')}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => setEditing({ unit, parentId: unit.parentId })}
                    >
                      {t('edit')}
                    </Button>
                    <Button size="compact-xs" variant="subtle" color="red" onClick={() => setDeleting(unit)}>
                      {t('delete')}
                    </Button>
                  </Group>
                )}
              </Group>
            </Box>
          </Paper>
        ))}
      </Stack>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.unit ? t('orgUnits.edit') : t('orgUnits.add')}
        size="lg"
      >
        {editing && (
          <OrgUnitForm
            slug={props.slug}
            unit={editing.unit}
            parentId={editing.parentId}
            units={all}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
      <Modal opened={importing} onClose={() => setImporting(false)} title={t('orgUnits.import')} size="lg">
        {importing && <OrgUnitImport slug={props.slug} onDone={() => setImporting(false)} />}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={t('delete')}
        message={deleting ? t('orgUnits.deleteConfirm', { name: localName(deleting, i18n.language) }) : ''}
        confirmLabel={t('delete')}
        busy={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
