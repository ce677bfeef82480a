/** Parses an opaque `ID` into the row id it stands for; null for anything that is not one. */
export function parseId(id: string | number | null | undefined): number | null {
  const text = String(id ?? '').trim();
  if (!/^\d{1,15}$/.test(text)) return null;
  const value = Number(text);
  return value > 0 ? value : null;
}
