/**
 * The finance area's tabs, in order. `key` is the tab's path segment under `/w/$slug/finance` and its
 * label is `finance:tabs.<key>`; the first tab is the area's root. A finance part adds its tab here and its
 * page in financeRoutes.tsx.
 */
export const FINANCE_TABS = [
  { key: 'overview', to: '/w/$slug/finance/overview' },
  { key: 'budgets', to: '/w/$slug/finance/budgets' },
  { key: 'macro', to: '/w/$slug/finance/macro' },
  { key: 'sustainability', to: '/w/$slug/finance/sustainability' },
  { key: 'funding', to: '/w/$slug/finance/funding' },
  { key: 'iati', to: '/w/$slug/finance/iati' },
  { key: 'settings', to: '/w/$slug/finance/settings' },
] as const;

export type FinanceTabKey = (typeof FINANCE_TABS)[number]['key'];
