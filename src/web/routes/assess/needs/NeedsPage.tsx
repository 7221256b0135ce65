export function NeedsPage() { return null; }
