import { Button, CloseButton, Group, Input, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormButtons, useMonitoringSave } from '../monitoringForm';
import { type Category, type CategoryInput, metadataApi } from './monitoringMetadataQueries';
import { CodeNameFields, cleanTranslations, type Translations, useNamedDraft } from './setupForm';

const FIELDS = ['code', 'name', 'options'] as const;

interface OptionDraft {
  key: number;
  code: string;
  name: string;
  nameTranslations: Translations;
}

/** A category and its options in order; option codes make the combos (`F_Y15_24`). */
export function CategoryForm(props: { slug: string; category: Category | null; onDone: () => void }) {
  const { t } = useTranslation(['monitoringSetup']);
  const { category } = props;
  const draft = useNamedDraft(category);
  const [options, setOptions] = useState<OptionDraft[]>(
    (category?.options ?? [{ code: '', name: '', nameTranslations: {} }]).map((o, key) => ({ ...o, key })),
  );
  const [nextKey, setNextKey] = useState(options.length);
  const { save, errorOf, detailError } = useMonitoringSave({
    slug: props.slug,
    fields: FIELDS,
    saved: t('saved'),
    onDone: props.onDone,
    mutationFn: (input: CategoryInput) =>
      category
        ? metadataApi.updateCategory(props.slug, category.id, input)
        : metadataApi.createCategory(props.slug, input),
  });
  const change = (key: number, patch: Partial<OptionDraft>) =>
    setOptions((current) => current.map((o) => (o.key === key ? { ...o, ...patch } : o)));
  // "options.2.code: …" belongs to the options list
  const optionsError =
    save.error instanceof Error && /^options\.\d+/.test(save.error.message) ? save.error.message : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const filled = options.filter((o) => o.code.trim() && o.name.trim());
    const named = draft.input();
    if (!named || filled.length === 0) return;
    save.mutate({
      ...named,
      options: filled.map((o) => ({
        code: o.code.trim(),
        name: o.name.trim(),
        nameTranslations: cleanTranslations(o.nameTranslations),
      })),
    });
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <CodeNameFields draft={draft} errorOf={errorOf} />
        <Input.Wrapper
          label={t('categories.options')}
          description={t('categories.optionsHelp')}
          error={errorOf('options') ?? optionsError}
        >
          <Stack gap="xs" mt={4}>
            {options.map((option, index) => (
              <Group key={option.key} gap="xs" align="flex-end" wrap="nowrap">
                <TextInput
                  aria-label={t('categories.optionCode', { number: index + 1 })}
                  placeholder={t('form.code')}
                  dir="ltr"
                  w={110}
                  value={option.code}
                  onChange={(event) => change(option.key, { code: event.currentTarget.value })}
                />
                <TextInput
                  aria-label={t('categories.optionName', { number: index + 1 })}
                  placeholder={t('form.name')}
                  style={{ flex: 1 }}
                  value={option.name}
                  onChange={(event) => change(option.key, { name: event.currentTarget.value })}
                />
                <CloseButton
                  aria-label={t('categories.removeOption', { number: index + 1 })}
                  disabled={options.length === 1}
                  onClick={() => setOptions((current) => current.filter((o) => o.key !== option.key))}
                />
              </Group>
            ))}
            <Button
              variant="light"
              size="xs"
              onClick={() => {
                setOptions((current) => [
                  ...current,
                  { key: nextKey, code: '', name: '', nameTranslations: {} },
                ]);
                setNextKey(nextKey + 1);
              }}
            >
              {t('categories.addOption')}
            </Button>
          </Stack>
        </Input.Wrapper>
        <FormButtons
          busy={save.isPending}
          error={optionsError ? null : detailError}
          onCancel={props.onDone}
        />
      </Stack>
    </form>
  );
}
