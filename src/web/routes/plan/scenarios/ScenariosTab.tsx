// Being written (issue 4); replaced by the full tab.
export function ScenariosTab(_props: { slug: string; planId: string }) {
  return null;
}
