// SCAFFOLD: replaced by the helper who owns this folder.
export function IndicatorsPage() {
  return null;
}
