// The team's time zone (me.team.timeZone) defines "today", key dates, the month and every time shown — not the
// browser's: a salesperson travelling or a supervisor abroad sees the team's day, as the server's reminders do.
let zone = 'Asia/Shanghai';

export const setTeamZone = (value) => { zone = value || 'Asia/Shanghai'; };
export const teamZone = () => zone;

// The team-local calendar fields of an instant: { year, month, day, hour, minute, second }.
export function localParts(date) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
    hour: 'numeric', minute: 'numeric', second: 'numeric',
  }).formatToParts(date);
  return Object.fromEntries(parts.filter((p) => p.type !== 'literal').map((p) => [p.type, Number(p.value)]));
}

// How far the team's wall clock is ahead of UTC at an instant, in ms.
function offset(date) {
  const p = localParts(date);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(date.getTime() / 1000) * 1000;
}

// The instant of a team-local wall time (month 1–12; days and hours may overflow, as with Date.UTC).
export function zonedInstant(year, month, day, hour = 0, minute = 0) {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const first = wall - offset(new Date(wall));
  return new Date(wall - offset(new Date(first)));
}

// The start of the team's day `days` after the one `now` falls in.
export function startOfTeamDay(now, days = 0) {
  const p = localParts(now);
  return zonedInstant(p.year, p.month, p.day + days);
}

// "2026-12-04": the team-local date of an instant.
export function teamDate(date) {
  const p = localParts(date);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

// A datetime-local input's value ("2026-12-04T15:30") read as the team's wall time.
export function fromLocalInput(value) {
  const [date, time] = value.split('T');
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return zonedInstant(year, month, day, hour, minute);
}
