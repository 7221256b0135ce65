import { Badge, Button, CloseButton, Group, Input, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listItems } from '../../../../core/frameworks/structure';
import { useFrameworkQuery, useFrameworksQuery } from '../../assess/assessQueries';

export interface CriterionRef {
  frameworkId: string;
  itemId: string;
}

/** A framework's text (a name, an item) in the reader's language, else English. */
function inLanguage(text: object, language: string): string {
  const texts = text as Partial<Record<string, string>>;
  return texts[language.slice(0, 2)] || texts.en || '';
}
const keyOf = (ref: CriterionRef) => `${ref.frameworkId}/${ref.itemId}`;

/** Assessment criteria used as measures of a result: choose a framework, then one of its items. */
export function CriteriaPicker(props: {
  slug: string;
  value: CriterionRef[];
  linked: Array<CriterionRef & { code: string | null; label: string | null }>;
  onChange: (value: CriterionRef[]) => void;
}) {
  const { t, i18n } = useTranslation('monitoringResults');
  const frameworks = useFrameworksQuery(props.slug);
  const [frameworkId, setFrameworkId] = useState<string | null>(null);
  const [itemId, setItemId] = useState<string | null>(null);
  const framework = useFrameworkQuery(props.slug, frameworkId);
  const items = framework.data ? listItems(framework.data.framework).map(({ item }) => item) : [];
  // names of criteria added in this form, beside those the server named
  const [added, setAdded] = useState<Record<string, string>>({});
  const labelOf = (ref: CriterionRef) => {
    const linked = props.linked.find((item) => keyOf(item) === keyOf(ref));
    if (linked?.label) return `${linked.code ?? ''} ${linked.label}`.trim();
    return added[keyOf(ref)] ?? ref.itemId;
  };

  const add = () => {
    const item = items.find((candidate) => candidate.id === itemId);
    if (!frameworkId || !item) return;
    const ref = { frameworkId, itemId: item.id };
    if (!props.value.some((chosen) => keyOf(chosen) === keyOf(ref))) props.onChange([...props.value, ref]);
    setAdded((current) => ({
      ...current,
      [keyOf(ref)]: `${item.code} ${inLanguage(item.text, i18n.language)}`,
    }));
    setItemId(null);
  };

  return (
    <Input.Wrapper label={t('form.criteria')} description={t('form.criteriaHelp')}>
      <Stack gap="xs" mt={4}>
        {props.value.length > 0 && (
          <Group gap={6} wrap="wrap">
            {props.value.map((ref) => (
              <Badge
                key={keyOf(ref)}
                variant="outline"
                color="gray"
                tt="none"
                rightSection={
                  <CloseButton
                    size="xs"
                    aria-label={t('form.removeCriterion', { name: labelOf(ref) })}
                    onClick={() =>
                      props.onChange(props.value.filter((chosen) => keyOf(chosen) !== keyOf(ref)))
                    }
                  />
                }
              >
                {labelOf(ref)}
              </Badge>
            ))}
          </Group>
        )}
        <Group gap="xs" align="flex-end" wrap="wrap">
          <Select
            aria-label={t('form.framework')}
            placeholder={t('form.framework')}
            data={(frameworks.data?.frameworks ?? []).map((f) => ({
              value: f.id,
              label: inLanguage(f.name, i18n.language),
            }))}
            value={frameworkId}
            onChange={(value) => {
              setFrameworkId(value);
              setItemId(null);
            }}
            miw={180}
            style={{ flex: 1 }}
          />
          <Select
            aria-label={t('form.criterion')}
            placeholder={t('form.criterion')}
            data={items.map((item) => ({
              value: item.id,
              label: `${item.code} ${inLanguage(item.text, i18n.language)}`,
            }))}
            value={itemId}
            onChange={setItemId}
            searchable
            disabled={!frameworkId}
            miw={180}
            style={{ flex: 2 }}
          />
          <Button variant="light" onClick={add} disabled={!itemId}>
            {t('form.addCriterion')}
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
