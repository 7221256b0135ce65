import { Outlet } from '@tanstack/react-router';

// Scaffold: replaced by the part that owns this page.
export function AnalysisTab() {
  return <Outlet />;
}
