import { Button, Card, Checkbox, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BUILT_IN_REPORT_TYPES, type ReportTypeOption } from '../../../../core/integrity/types';
import { LocalizedFields } from './LocalizedFields';
import { isBuiltIn } from './settingsForm';

interface ReportTypesEditorProps {
  value: ReportTypeOption[];
  onChange: (value: ReportTypeOption[]) => void;
}

/** The built-in types switched on or off, and the channel's own types with their labels. */
export function ReportTypesEditor({ value, onChange }: ReportTypesEditorProps) {
  const { t } = useTranslation('integrityAdmin');
  const offered = new Set(value.map((type) => type.code));
  const custom = value.filter((type) => !isBuiltIn(type.code));
  const builtIns = value.filter((type) => isBuiltIn(type.code));

  const toggle = (code: string, on: boolean) =>
    onChange(
      on
        ? [
            ...BUILT_IN_REPORT_TYPES.filter((c) => c === code || offered.has(c)).map((c) => ({ code: c })),
            ...custom,
          ]
        : value.filter((type) => type.code !== code),
    );
  const setCustom = (index: number, type: ReportTypeOption) =>
    onChange([...builtIns, ...custom.map((old, i) => (i === index ? type : old))]);

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        {BUILT_IN_REPORT_TYPES.map((code) => (
          <Checkbox
            key={code}
            label={t(`types.${code}`)}
            checked={offered.has(code)}
            onChange={(event) => toggle(code, event.currentTarget.checked)}
            data-testid={`settings-type-${code}`}
          />
        ))}
      </SimpleGrid>
      {custom.map((type, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the code is being typed, the position is the identity
        <Card key={index} withBorder padding="sm">
          <Stack gap="xs">
            <Text fw={500} size="sm">
              {t('settings.customType')}
            </Text>
            <TextInput
              label={t('settings.customCode')}
              description={t('settings.customCodeHint')}
              value={type.code}
              dir="ltr"
              maw={320}
              onChange={(event) => setCustom(index, { ...type, code: event.currentTarget.value })}
            />
            <LocalizedFields
              label={t('settings.label')}
              value={type.label}
              onChange={(label) => setCustom(index, { ...type, label })}
            />
            <div>
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                onClick={() => onChange([...builtIns, ...custom.filter((_, i) => i !== index)])}
              >
                {t('settings.removeType')}
              </Button>
            </div>
          </Stack>
        </Card>
      ))}
      <div>
        <Button
          variant="light"
          size="compact-sm"
          onClick={() => onChange([...value, { code: '', label: { en: '' } }])}
          data-testid="settings-add-type"
        >
          {t('settings.addType')}
        </Button>
      </div>
    </Stack>
  );
}
