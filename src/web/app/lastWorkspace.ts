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
