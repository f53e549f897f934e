/**
 * The two JSON Schema formats the W3C annotation-model assertions use. Ajv ships no formats (they
 * live in ajv-formats), so they are defined here, strictly: RFC 3986 absolute URIs and RFC 3339
 * date-times, the meanings draft-04 gives `uri` and `date-time`.
 */

const URI = /^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/;

/** An absolute URI: a scheme, a colon, then only characters RFC 3986 allows (no spaces, no raw non-ASCII). */
export function isUri(value: string): boolean {
  return URI.test(value);
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;

/** An RFC 3339 date-time with a time zone, with real month, day and time ranges (leap seconds allowed). */
export function isDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second, zoneHour = 0, zoneMinute = 0] = m
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part))) as number[];
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  return (
    month! >= 1 &&
    month! <= 12 &&
    day! >= 1 &&
    day! <= daysInMonth &&
    hour! <= 23 &&
    minute! <= 59 &&
    second! <= 60 &&
    zoneHour <= 23 &&
    zoneMinute <= 59
  );
}
