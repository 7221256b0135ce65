// Scaffold: the helper who owns this page replaces it.
export function CaseListPage() {
  return null;
}
