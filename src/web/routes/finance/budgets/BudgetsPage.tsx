/** Work in progress (H4a): replaced by the real page before the navigation entry is added. */
export function BudgetsPage() {
  return null;
}
