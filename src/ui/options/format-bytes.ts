/** A file size as readers say it: "820 KB", "12.4 MB" (decimal units, as file managers show). */
export function formatBytes(bytes: number, language: string): string {
  const format = (n: number, digits: number) => n.toLocaleString(language, { maximumFractionDigits: digits });
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${format(bytes / 1000, 0)} KB`;
  return `${format(bytes / 1_000_000, 1)} MB`;
}
