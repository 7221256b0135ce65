import { loadSodium } from '../../core/integrity/crypto';
import { sealReport } from '../../core/integrity/seal-report';
import type { IdentityContent, IdentityMode, ReportContent } from '../../core/integrity/types';
import { fetchChannel, IntakeHttpError, type PublicChannel, submitReport } from './api';

export type SendStep = 'preparing' | 'encrypting' | 'sending';

/** libsodium (WebAssembly) could not be loaded or started in this browser. */
export class CryptoUnavailableError extends Error {}

export async function sodiumOrFail() {
  try {
    return await loadSodium();
  } catch {
    throw new CryptoUnavailableError('libsodium did not load');
  }
}

/** Lets the page paint the new step before the synchronous encryption takes the thread. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 30));

/**
 * Encrypts the report in this browser and sends it; resolves with the receipt. A receipt already in
 * use (409, a one-in-10^16 chance) is answered by sealing again, once, with a new receipt; keys that
 * no longer match the channel's recipients (400 on `keys`), by reading the channel and sealing again.
 */
export async function encryptAndSend(options: {
  slug: string;
  channel: PublicChannel;
  content: ReportContent;
  identity: { mode: IdentityMode; content: IdentityContent | null };
  files: Uint8Array[];
  onStep: (step: SendStep) => void;
}): Promise<string> {
  const { slug, content, identity, files, onStep } = options;
  let channel = options.channel;
  onStep('preparing');
  const sodium = await sodiumOrFail();
  for (let attempt = 0; ; attempt++) {
    onStep('encrypting');
    await nextFrame();
    const sealed = sealReport(
      sodium,
      { whistleblowerSalt: channel.whistleblowerSalt, recipients: channel.recipients },
      content,
      identity,
      files,
    );
    onStep('sending');
    try {
      await submitReport(slug, sealed.report, sealed.files);
      return sealed.receipt;
    } catch (error) {
      if (!(error instanceof IntakeHttpError) || attempt > 0) throw error;
      if (error.status === 409) continue;
      // the recipients changed while the report was written: their current keys, then seal again
      if (error.status === 400 && error.serverMessage?.startsWith('keys:')) {
        channel = await fetchChannel(slug);
        continue;
      }
      throw error;
    }
  }
}
