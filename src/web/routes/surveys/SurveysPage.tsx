import { Outlet } from '@tanstack/react-router';

/** The Surveys area: the list of surveys, or one survey with its tabs. */
export function SurveysPage() {
  return <Outlet />;
}
