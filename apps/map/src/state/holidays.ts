/**
 * Whether a text is a real calendar date written `YYYY-MM-DD` (ISO 8601 calendar date, the
 * form `gisement footfall --holidays` and the footfall model's counts use).
 * @example isIsoDate('2024-04-01') // true; isIsoDate('2024-02-30') // false
 */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Holiday dates typed by the user, read: the dates, or the first piece that is not one. */
export type HolidayList = { dates: string[]; invalid: null } | { dates: null; invalid: string };

/**
 * Public holidays typed as comma-separated `YYYY-MM-DD` dates (as `gisement footfall
 * --holidays`): spaces around each date and empty pieces ignored, the dates sorted and each kept
 * once.
 * @param text what the user typed
 * @returns the dates, or the first piece that is not a real date (as typed, trimmed)
 * @example readHolidays('2024-05-01, 2024-04-01') // { dates: ['2024-04-01', '2024-05-01'], invalid: null }
 * @example readHolidays('2024-04-01, 1/5/2024') // { dates: null, invalid: '1/5/2024' }
 */
export function readHolidays(text: string): HolidayList {
  const pieces = text
    .split(',')
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
  const invalid = pieces.find((piece) => !isIsoDate(piece));
  if (invalid !== undefined) return { dates: null, invalid };
  return { dates: [...new Set(pieces)].sort(), invalid: null };
}
