// Being written (issue 4); replaced by the full tab.
export function RisksTab(_props: { slug: string; planId: string }) {
  return null;
}
