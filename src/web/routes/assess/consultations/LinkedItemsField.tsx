import { ActionIcon, Button, Fieldset, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listItems } from '../../../../core/frameworks/structure';
import type { Assessment, LinkedItem } from '../../../api/assessmentTypes';
import { useFrameworkQuery } from '../assessQueries';
import { useAssessLabels } from '../useAssessLabels';
import { LinkedItemLabel } from './LinkedItemLabel';

interface LinkedItemsFieldProps {
  slug: string;
  assessments: Assessment[];
  value: LinkedItem[];
  onChange: (value: LinkedItem[]) => void;
}

/** Assessment items the findings inform: pick an assessment, then one of its items. */
export function LinkedItemsField({ slug, assessments, value, onChange }: LinkedItemsFieldProps) {
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  const [assessmentId, setAssessmentId] = useState<string | null>(null);
  const [itemId, setItemId] = useState<string | null>(null);
  const chosen = assessments.find((assessment) => assessment.id === assessmentId);
  const framework = useFrameworkQuery(slug, chosen?.framework.id ?? null);
  const items = framework.data ? listItems(framework.data.framework).map(({ item }) => item) : [];
  const linked = (candidate: string) =>
    value.some((link) => link.assessmentId === assessmentId && link.itemId === candidate);
  const byId = new Map(assessments.map((assessment) => [assessment.id, assessment]));

  return (
    <Fieldset legend={t('consultations.linkedItems')} variant="filled">
      <Stack gap="xs">
        {value.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('consultations.noLinks')}
          </Text>
        )}
        {value.map((link) => (
          <Group key={`${link.assessmentId}/${link.itemId}`} gap="xs" wrap="nowrap" data-testid="linked-item">
            <div style={{ flex: 1 }}>
              <LinkedItemLabel slug={slug} assessment={byId.get(link.assessmentId)} itemId={link.itemId} />
            </div>
            <ActionIcon
              variant="subtle"
              color="red"
              onClick={() => onChange(value.filter((other) => other !== link))}
              aria-label={t('consultations.unlink', { item: link.itemId })}
            >
              <span aria-hidden="true">✕</span>
            </ActionIcon>
          </Group>
        ))}
        <Group gap="xs" align="flex-end">
          <Select
            label={t('consultations.assessment')}
            data={assessments.map((assessment) => ({ value: assessment.id, label: assessment.title }))}
            value={assessmentId}
            onChange={(next) => {
              setAssessmentId(next);
              setItemId(null);
            }}
            searchable
            nothingFoundMessage={t('common.noMatch')}
            w={{ base: '100%', sm: 260 }}
          />
          <Select
            label={t('consultations.item')}
            data={items.map((item) => ({
              value: item.id,
              label: `${item.code} ${labels.text(item.text)}`,
              disabled: linked(item.id),
            }))}
            value={itemId}
            onChange={setItemId}
            disabled={!chosen}
            searchable
            nothingFoundMessage={t('common.noMatch')}
            w={{ base: '100%', sm: 320 }}
          />
          <Button
            variant="default"
            disabled={!assessmentId || !itemId}
            onClick={() => {
              if (!assessmentId || !itemId) return;
              onChange([...value, { assessmentId, itemId }]);
              setItemId(null);
            }}
          >
            {t('consultations.link')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
