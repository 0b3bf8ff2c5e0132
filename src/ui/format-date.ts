/** Formats an ISO date (YYYY-MM-DD) for a reader's language, without a time-zone shift. */
export function formatDate(iso: string, language: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(language, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}
