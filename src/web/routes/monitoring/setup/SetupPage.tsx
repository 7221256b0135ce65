import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentWorkspace } from '../../workspaces/workspaceContext';
import { CategoryForm } from './CategoryForm';
import { DataElementForm } from './DataElementForm';
import { DataSetForm } from './DataSetForm';
import { MetadataSection } from './MetadataSection';
import {
  type Category,
  type DataElement,
  type DataSet,
  localName,
  metadataApi,
  useCategories,
  useDataElements,
  useDataSets,
  useOrgUnits,
} from './monitoringMetadataQueries';
import { OrgUnitsSection } from './OrgUnitsSection';

const SECTIONS = ['orgUnits', 'categories', 'dataElements', 'dataSets'] as const;
type Section = (typeof SECTIONS)[number];

/** Monitor → Setup: the org unit tree, categories, data elements and data sets behind every figure. */
export function SetupPage() {
  const { t } = useTranslation(['monitoringSetup']);
  const { workspace, permissions } = useCurrentWorkspace();
  const slug = workspace.slug;
  const canEdit = permissions.includes('monitoring:configure');
  const [section, setSection] = useState<Section>('orgUnits');
  // four long labels do not fit side by side on a phone
  const narrow = useMediaQuery('(max-width: 36em)');

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" maw={720}>
        {canEdit ? t('intro') : t('introReader')}
      </Text>
      <SegmentedControl
        value={section}
        onChange={(value) => setSection(value as Section)}
        data={SECTIONS.map((value) => ({ value, label: t(`sections.${value}`) }))}
        orientation={narrow ? 'vertical' : 'horizontal'}
        fullWidth={narrow}
        style={{ alignSelf: narrow ? 'stretch' : 'flex-start' }}
      />
      {section === 'orgUnits' && <OrgUnitsSection slug={slug} canEdit={canEdit} />}
      {section === 'categories' && <CategoriesList slug={slug} canEdit={canEdit} />}
      {section === 'dataElements' && <DataElementsList slug={slug} canEdit={canEdit} />}
      {section === 'dataSets' && <DataSetsList slug={slug} canEdit={canEdit} />}
    </Stack>
  );
}

interface ListProps {
  slug: string;
  canEdit: boolean;
}

function CategoriesList({ slug, canEdit }: ListProps) {
  const { t, i18n } = useTranslation(['monitoringSetup']);
  return (
    <MetadataSection<Category>
      slug={slug}
      canEdit={canEdit}
      kind="categories"
      query={useCategories(slug)}
      summary={(c) =>
        `${c.options.map((o) => `${o.code} ${localName(o, i18n.language)}`).join(' · ')} — ${t('categories.usedBy', { count: c.dataElementCount })}`
      }
      form={(row, onDone) => <CategoryForm slug={slug} category={row} onDone={onDone} />}
      remove={(row) => metadataApi.deleteCategory(slug, row.id)}
    />
  );
}

function DataElementsList({ slug, canEdit }: ListProps) {
  const { t } = useTranslation(['monitoringSetup']);
  return (
    <MetadataSection<DataElement>
      slug={slug}
      canEdit={canEdit}
      kind="dataElements"
      query={useDataElements(slug)}
      summary={(e) =>
        [
          t(`valueType.${e.valueType}`),
          t(`aggregation.${e.aggregation}`),
          t('dataElements.combos', { count: e.combos.length }),
          t('dataElements.values', { count: e.valueCount }),
          e.assessmentFrameworkId ? t('dataElements.fromAssessment') : null,
        ]
          .filter(Boolean)
          .join(' · ')
      }
      form={(row, onDone) => <DataElementForm slug={slug} element={row} onDone={onDone} />}
      remove={(row) => metadataApi.deleteDataElement(slug, row.id)}
    />
  );
}

function DataSetsList({ slug, canEdit }: ListProps) {
  const { t } = useTranslation(['monitoringSetup']);
  // loaded here so that the form's pickers open at once
  useOrgUnits(slug);
  useDataElements(slug);
  return (
    <MetadataSection<DataSet>
      slug={slug}
      canEdit={canEdit}
      kind="dataSets"
      query={useDataSets(slug)}
      summary={(s) =>
        [
          t(`periodType.${s.periodType}`),
          t('dataSets.elementCount', { count: s.dataElementIds.length }),
          t('dataSets.unitCount', { count: s.orgUnitIds.length }),
        ].join(' · ')
      }
      form={(row, onDone) => <DataSetForm slug={slug} dataSet={row} onDone={onDone} />}
      remove={(row) => metadataApi.deleteDataSet(slug, row.id)}
    />
  );
}
