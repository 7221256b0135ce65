import { type ChangeEvent, useState } from 'react';
import { MIN_CIPHERTEXT_BYTES } from '../../core/integrity/intake-limits';
import { metadataStatus, stripMetadata } from '../../core/integrity/metadata';
import { describedBy } from './Field';
import { formatSize, type IntakeLanguage, type Translate } from './messages';

export interface EvidenceFile {
  key: number;
  name: string;
  type: string;
  /** The bytes to encrypt, metadata removed; null while being checked. */
  bytes: Uint8Array | null;
  status: 'checking' | 'removed' | 'none' | 'unchecked';
}

let nextKey = 0;

/**
 * The evidence picker: each file is read and cleaned of identifying metadata as soon as it is picked
 * (before anything is encrypted), and its status shown; the limits are checked here, before sending.
 */
export function EvidenceFiles(props: {
  files: EvidenceFile[];
  onChange: (update: (files: EvidenceFile[]) => EvidenceFile[]) => void;
  maxFiles: number;
  /** The server's limit is on encrypted parts, 40 bytes more than the file. */
  maxEncryptedBytes: number;
  language: IntakeLanguage;
  t: Translate;
}) {
  const { files, onChange, maxFiles, language, t } = props;
  const [problems, setProblems] = useState<string[]>([]);
  const maxBytes = props.maxEncryptedBytes - MIN_CIPHERTEXT_BYTES;
  const maxSize = formatSize(maxBytes, language, t);

  function add(event: ChangeEvent<HTMLInputElement>) {
    const picked = [...(event.target.files ?? [])];
    event.target.value = '';
    const found: string[] = [];
    const room = maxFiles - files.length;
    if (picked.length > room) found.push(t('files.tooMany', { maxFiles }));
    const accepted = picked.slice(0, Math.max(0, room)).filter((file) => {
      if (file.size <= maxBytes) return true;
      found.push(t('files.tooLarge', { name: file.name, maxSize }));
      return false;
    });
    setProblems(found);
    const entries = accepted.map((file) => ({ file, key: nextKey++ }));
    onChange((current) => [
      ...current,
      ...entries.map(({ file, key }) => ({
        key,
        name: file.name,
        type: file.type,
        bytes: null,
        status: 'checking' as const,
      })),
    ]);
    for (const { file, key } of entries)
      file.arrayBuffer().then(
        (buffer) => {
          const cleaned = stripMetadata(new Uint8Array(buffer));
          const status = metadataStatus(cleaned);
          onChange((current) =>
            current.map((each) => (each.key === key ? { ...each, bytes: cleaned.bytes, status } : each)),
          );
        },
        () => {
          setProblems((shown) => [...shown, t('files.unreadable', { name: file.name })]);
          onChange((current) => current.filter((each) => each.key !== key));
        },
      );
  }

  const hint = `${t('files.limits', { maxFiles, maxSize })} ${t('files.notice')}`;
  const error = problems.join(' ') || undefined;
  return (
    <div className="intake-field">
      <label htmlFor="intake-files">{t('files.label')}</label>
      <p className="intake-hint" id="intake-files-hint">
        {hint}
      </p>
      <input
        id="intake-files"
        data-testid="intake-files"
        type="file"
        multiple
        disabled={files.length >= maxFiles}
        aria-describedby={describedBy('intake-files', hint, error)}
        onChange={add}
      />
      {error && (
        <p className="intake-error" id="intake-files-error" role="alert">
          {error}
        </p>
      )}
      {files.length > 0 && (
        <ul className="intake-file-list">
          {files.map((file, index) => (
            <li key={file.key}>
              <span className="intake-file-name" dir="auto">
                {file.name}
              </span>
              <span
                className={`intake-file-status intake-file-status-${file.status}`}
                data-testid={`intake-file-status-${index}`}
                aria-live="polite"
              >
                {t(`files.${file.status}`)}
              </span>
              <button
                type="button"
                className="intake-link-button"
                onClick={() => onChange((current) => current.filter((each) => each.key !== file.key))}
              >
                {t('files.remove', { name: file.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
