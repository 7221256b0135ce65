import { loadSodium, openSealedKey, sealKey } from '../../../../core/integrity/crypto';
import { channelApi, type RewrapInput } from '../channelApi';
import type { UnlockedKey } from '../keyring';

/**
 * Gives colleagues the report keys they lack: for each key the server lists, open the copy sealed to
 * the signed-in recipient and seal it to every colleague who should hold it. The key's bytes never
 * leave this browser in clear. Returns how many keys were stored; keys that do not open are skipped.
 */
export async function rewrapPendingKeys(slug: string, unlocked: UnlockedKey): Promise<number> {
  const { items } = await channelApi.rewrapNeeds(slug);
  if (items.length === 0) return 0;
  const sodium = await loadSodium();
  const keys: RewrapInput['keys'] = [];
  for (const item of items) {
    let key: Uint8Array;
    try {
      key = openSealedKey(sodium, item.sealedForMe, unlocked.pair);
    } catch {
      continue;
    }
    for (const target of item.targets)
      keys.push({
        reportId: item.reportId,
        recipientId: target.recipientId,
        kind: item.kind,
        sealed: sealKey(sodium, key, target.publicKey),
      });
    key.fill(0);
  }
  if (keys.length === 0) return 0;
  let added = 0;
  // in batches under the server's limit of 5000 keys a request
  for (let start = 0; start < keys.length; start += 1000)
    added += (await channelApi.rewrap(slug, { keys: keys.slice(start, start + 1000) })).added;
  return added;
}
