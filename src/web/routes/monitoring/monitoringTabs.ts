/**
 * The Monitor area's tabs, in order. `key` is the tab's path segment under `/w/$slug/monitor` and its
 * label is `monitoring:tabs.<key>`; the first tab is the area's root.
 */
export const MONITORING_TABS = [
  { key: 'dashboards', to: '/w/$slug/monitor/dashboards' },
  { key: 'results', to: '/w/$slug/monitor/results' },
  { key: 'indicators', to: '/w/$slug/monitor/indicators' },
  { key: 'review', to: '/w/$slug/monitor/review' },
  { key: 'data', to: '/w/$slug/monitor/data' },
  { key: 'analytics', to: '/w/$slug/monitor/analytics' },
  { key: 'setup', to: '/w/$slug/monitor/setup' },
] as const;

export type MonitoringTabKey = (typeof MONITORING_TABS)[number]['key'];
