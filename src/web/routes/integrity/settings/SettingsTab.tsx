// Scaffold: the helper who owns this page replaces it.
export function SettingsTab() {
  return null;
}
