import { useSyncExternalStore } from 'react';
import type { KeyPair } from '../../../core/integrity/crypto';
import type { RecipientRole } from '../../../core/integrity/types';

/**
 * The signed-in recipient's unlocked private key, held in this tab's memory only: never written to
 * storage, dropped on lock, on sign-out and when the tab closes. Pages read it with useUnlockedKey.
 */
export interface UnlockedKey {
  slug: string;
  recipientId: string;
  role: RecipientRole;
  pair: KeyPair;
}

let current: UnlockedKey | null = null;
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

export function setUnlockedKey(key: UnlockedKey): void {
  lockKey();
  current = key;
  notify();
}

/** Forgets the key, overwriting the private key's bytes first. */
export function lockKey(): void {
  if (!current) return;
  current.pair.privateKey.fill(0);
  current = null;
  notify();
}

export function unlockedKeyFor(slug: string): UnlockedKey | null {
  return current && current.slug === slug ? current : null;
}

export function useUnlockedKey(slug: string): UnlockedKey | null {
  const key = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
  return key && key.slug === slug ? key : null;
}
