// Key dates this week: the server filters customers by `keyDateWithinDays` (in the team's time zone); the page
// shows which of each customer's dates fall in the window and on which day (yearly dates: their next occurrence).
import { startOfTeamDay, teamDate } from './zone.js';

export const { keyDateWindowDays } = globalThis.crmFirstScreen;

export function keyDatesThisWeek(keyDates, now) {
  // Noon of each team day, so the date is right whatever the offset.
  const days = Array.from({ length: keyDateWindowDays + 1 },
    (_, i) => teamDate(new Date(startOfTeamDay(now, i).getTime() + 12 * 3600 * 1000)));
  return keyDates.flatMap((k) => {
    const next = k.recursYearly ? days.find((d) => d.slice(5) === k.date.slice(5)) : days.find((d) => d === k.date);
    return next ? [{ ...k, next }] : [];
  });
}
