// Key dates this week: the server filters customers by `keyDateWithinDays` (in the team's time zone); the page
// shows which of each customer's dates fall in the window and on which day (yearly dates: their next occurrence).
export const keyDateWindowDays = 6;

const iso = (date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${
  String(date.getDate()).padStart(2, '0')}`;

export function keyDatesThisWeek(keyDates, today) {
  const days = Array.from({ length: keyDateWindowDays + 1 }, (_, i) =>
    iso(new Date(today.getFullYear(), today.getMonth(), today.getDate() + i)));
  return keyDates.flatMap((k) => {
    const next = k.recursYearly ? days.find((d) => d.slice(5) === k.date.slice(5)) : days.find((d) => d === k.date);
    return next ? [{ ...k, next }] : [];
  });
}
