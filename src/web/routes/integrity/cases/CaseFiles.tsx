import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SodiumLib } from '../../../../core/integrity/crypto';
import type { ReportContent } from '../../../../core/integrity/types';
import { formatNumber } from '../../../app/format';
import { type CaseRecord, integrityApi } from '../integrityApi';
import { decryptCaseFile } from './openCase';
import { useErrorText } from './useErrorText';

const MIME_TYPE = /^[\w.+-]+\/[\w.+-]+$/;

/** Hands decrypted bytes to the browser as a download with the original name, then frees them. */
function saveBytes(bytes: Uint8Array, name: string, type: string): void {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], {
    type: MIME_TYPE.test(type) ? type : 'application/octet-stream',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // the download has started from the URL by the next tick; a minute is ample for slow machines
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function sizeText(bytes: number, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (bytes < 1024) return t('case.files.bytes', { size: formatNumber(bytes) });
  if (bytes < 1024 * 1024) return t('case.files.kilobytes', { size: formatNumber(Math.round(bytes / 1024)) });
  return t('case.files.megabytes', { size: formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10) });
}

interface CaseFilesProps {
  slug: string;
  record: Pick<CaseRecord, 'id' | 'files'>;
  described: ReportContent['files'];
  reportKey: Uint8Array | null;
  sodium: SodiumLib;
}

/** The evidence files: what the whistle-blower's browser recorded of each, and a decrypting download. */
export function CaseFiles({ slug, record, described, reportKey, sodium }: CaseFilesProps) {
  const { t } = useTranslation('integrity');
  const describeError = useErrorText();
  const [busy, setBusy] = useState<number | null>(null);
  const [failed, setFailed] = useState<{ index: number; message: string } | null>(null);
  if (described.length === 0) return <Text size="sm">{t('case.files.none')}</Text>;

  const download = async (index: number) => {
    const stored = record.files.find((file) => file.position === index);
    if (!stored || !reportKey) return;
    setBusy(index);
    setFailed(null);
    try {
      const ciphertext = await integrityApi.caseFile(slug, record.id, stored.id);
      let plain: Uint8Array;
      try {
        plain = decryptCaseFile(sodium, reportKey, ciphertext);
      } catch {
        setFailed({ index, message: t('case.files.cannotDecrypt') });
        return;
      }
      saveBytes(plain, described[index].name, described[index].type);
    } catch (error) {
      setFailed({ index, message: describeError(error) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap="xs">
      {described.map((file, index) => {
        const stored = record.files.some((candidate) => candidate.position === index);
        return (
          // the list is the whistle-blower's, fixed once sent: its order is the files' identity
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Stack key={index} gap={2}>
            <Group gap="xs" wrap="wrap" justify="space-between">
              <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
                <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                  {file.name}
                </Text>
                <Group gap={6}>
                  <Text size="xs" c="dimmed">
                    {[file.type || t('case.files.unknownType'), sizeText(file.size, t)].join(' · ')}
                  </Text>
                  {file.metadataRemoved && (
                    <Badge size="xs" variant="light" color="teal">
                      {t('case.files.metadataRemoved')}
                    </Badge>
                  )}
                </Group>
              </Stack>
              <Button
                size="xs"
                variant="light"
                disabled={!stored || !reportKey}
                loading={busy === index}
                onClick={() => void download(index)}
                data-testid={`case-file-${index}`}
              >
                {stored ? t('case.files.download') : t('case.files.missing')}
              </Button>
            </Group>
            {failed?.index === index && (
              <Alert color="red" p="xs" role="alert">
                {failed.message}
              </Alert>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
