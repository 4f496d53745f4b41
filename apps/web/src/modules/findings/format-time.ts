import dayjs from 'dayjs';

/** A server timestamp as local date and minute; the empty mark for none. */
export default function formatTime(value: string | null | undefined): string {
  if (!value) return '—';
  const time = dayjs(value);
  return time.isValid() ? time.format('YYYY-MM-DD HH:mm') : value;
}
