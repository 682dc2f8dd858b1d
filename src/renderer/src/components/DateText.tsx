import { formatDate } from '../../../shared/dates/datePattern';
import { usePreferences } from '../preferences/PreferencesProvider';

/** A stored date written the way the editor reads dates; the machine-readable date stays on the element. */
export function DateText({ iso }: { iso: string | undefined }) {
  const format = useDateFormat();
  if (!iso) return null;
  return <time dateTime={iso}>{format(iso)}</time>;
}

/** `(iso) => '25/02/2024'`, for text that is not an element of its own (a subtitle, a label). */
export function useDateFormat(): (iso: string) => string {
  const { datePattern } = usePreferences();
  return (iso) => formatDate(iso, datePattern);
}
