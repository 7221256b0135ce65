const STORAGE_KEY = 'custodes.lastWorkspace';

export function rememberWorkspace(slug: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, slug);
  } catch {
    // storage blocked: the user simply lands on the workspace list next time
  }
}

export function lastWorkspace(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * Where `/` leads: the last workspace opened if the user still belongs to it, else their only workspace;
 * null sends them to the list (none, or several to choose from).
 */
export function landingWorkspace(
  memberOf: readonly { slug: string }[],
  last = lastWorkspace(),
): string | null {
  if (last && memberOf.some((workspace) => workspace.slug === last)) return last;
  if (memberOf.length === 1) return memberOf[0]?.slug ?? null;
  return null;
}
