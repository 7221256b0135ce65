// SCAFFOLD: replaced by the helper who owns this folder.
export function DashboardsPage() {
  return null;
}
