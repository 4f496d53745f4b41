/**
 * A download address with the page's filters as its query: empty and absent values are left out, so
 * the file holds exactly what the page shows.
 */
export function exportUrl(path: string, query: Record<string, string | boolean | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined || value === '' || value === false) continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
