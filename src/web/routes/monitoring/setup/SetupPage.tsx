// SCAFFOLD: replaced by the helper who owns this folder.
export function SetupPage() {
  return null;
}
