import { DISTRICT_UTC_OFFSET_MINUTES } from '@duban/domain';

/**
 * An instant written in the district's offset (+08:00). The domain reads calendar dates "as written"
 * from instants, so `now` must be in district time or a finding would turn overdue at 08:00 instead
 * of midnight.
 */
export function districtInstant(at: Date): string {
  const shifted = new Date(at.getTime() + DISTRICT_UTC_OFFSET_MINUTES * 60_000);
  const sign = DISTRICT_UTC_OFFSET_MINUTES >= 0 ? '+' : '-';
  const abs = Math.abs(DISTRICT_UTC_OFFSET_MINUTES);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${shifted.toISOString().slice(0, 23)}${offset}`;
}
