export function SwotPage() { return null; }
