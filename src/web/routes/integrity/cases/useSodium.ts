import { useEffect, useState } from 'react';
import { loadSodium, type SodiumLib } from '../../../../core/integrity/crypto';

/** libsodium once it is loaded (a separate chunk, fetched only by the pages that decrypt), else null. */
export function useSodium(): { sodium: SodiumLib | null; failed: boolean } {
  const [state, setState] = useState<{ sodium: SodiumLib | null; failed: boolean }>({
    sodium: null,
    failed: false,
  });
  useEffect(() => {
    let current = true;
    loadSodium().then(
      (sodium) => current && setState({ sodium, failed: false }),
      () => current && setState({ sodium: null, failed: true }),
    );
    return () => {
      current = false;
    };
  }, []);
  return state;
}
