import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Band, ScaleLevel } from '../../../../core/frameworks/types';
import { useAssessLabels } from '../useAssessLabels';

/** The shared rubric (level, label, descriptor) and the score bands, when the framework has them. */
export function FrameworkRubric({ scale, bands }: { scale?: ScaleLevel[]; bands?: Band[] }) {
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  return (
    <>
      <Title order={3} size="h5">
        {t('frameworks.scale')}
      </Title>
      {scale ? (
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing={4} striped data-testid="framework-scale">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('frameworks.value')}</Table.Th>
                <Table.Th>{t('frameworks.label')}</Table.Th>
                <Table.Th>{t('frameworks.descriptor')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {scale.map((level) => (
                <Table.Tr key={level.value}>
                  <Table.Td>{labels.score(level.value)}</Table.Td>
                  <Table.Td fw={600}>{level.label}</Table.Td>
                  <Table.Td>
                    <bdi>{labels.text(level.descriptor)}</bdi>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Text size="sm" c="dimmed">
          {t('frameworks.itemScales')}
        </Text>
      )}
      {bands && bands.length > 0 && (
        <>
          <Title order={3} size="h5">
            {t('frameworks.bands')}
          </Title>
          <Table.ScrollContainer minWidth={420}>
            <Table verticalSpacing={4} striped>
              <Table.Tbody>
                {bands.map((band) => (
                  <Table.Tr key={band.label}>
                    <Table.Td fw={600}>{band.label}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {labels.score(band.min)}–{labels.score(band.max)}
                    </Table.Td>
                    <Table.Td>
                      <bdi>{band.description ? labels.text(band.description) : ''}</bdi>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </>
  );
}
