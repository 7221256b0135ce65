// Being written (issue 4); replaced by the full tab.
export function TrackingTab(_props: { slug: string; planId: string }) {
  return null;
}
