// Scaffold: replaced by the part that owns this page.
export function PublicSurveyPage(_props: { slug: string; token: string }) {
  return null;
}
