// SCAFFOLD: replaced by the helper who owns this folder.
export function AnalyticsPage() {
  return null;
}
