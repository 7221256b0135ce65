import { AppError } from '../errors/app-error.ts';
import { keyKindsFor } from './seal-report.ts';
import type { EncryptedReport, RecipientRole } from './types.ts';

/**
 * A new report must carry exactly the sealed keys the channel's current recipients are entitled to:
 * a missing key would leave a recipient unable to read it, an extra one (an old or removed
 * recipient, a kind they may not hold) would give a key to someone it should not reach. Either
 * means the sender encrypted for an out-of-date channel, so the answer asks them to reload.
 */
export function checkReportKeys(
  report: Pick<EncryptedReport, 'identityMode' | 'keys'>,
  recipients: ReadonlyArray<{ id: string; role: RecipientRole }>,
): void {
  const expected = new Set(
    recipients.flatMap((recipient) =>
      keyKindsFor(recipient.role, report.identityMode).map((kind) => `${recipient.id}/${kind}`),
    ),
  );
  const seen = new Set<string>();
  for (const key of report.keys) {
    const name = `${key.recipientId}/${key.kind}`;
    if (seen.has(name)) refuse(`the ${key.kind} key for recipient ${key.recipientId} is there twice`);
    if (!expected.has(name)) refuse(`recipient ${key.recipientId} is not to hold a ${key.kind} key`);
    seen.add(name);
  }
  const missing = [...expected].find((name) => !seen.has(name));
  if (missing) {
    const [recipientId, kind] = missing.split('/');
    refuse(`the ${kind} key for recipient ${recipientId} is missing`);
  }
}

function refuse(problem: string): never {
  throw new AppError('bad_request', `keys: ${problem}; reload the channel and encrypt again`, {
    field: 'keys',
  });
}
