export function ConsultationsPage() { return null; }
