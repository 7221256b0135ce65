export function FrameworksPage() { return null; }
