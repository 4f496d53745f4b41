/** Shared display formats for dates, times and rates on the office's screens. */
const pad = (value: number) => String(value).padStart(2, '0');

/** An ISO instant as local date and time, minutes precision: 2024-06-30 17:05. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A rate the API gives as a percentage (one decimal), or a dash when it cannot be computed. */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${value.toFixed(1)}%`;
}

/** The end of a chosen day as an instant: "as of 2024-06-30" means everything recorded that day. */
export function endOfDayIso(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1, 23, 59, 59, 999).toISOString();
}
