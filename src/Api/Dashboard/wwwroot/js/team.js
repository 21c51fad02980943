// The supervisor's Today (主管视图): each salesperson of the team with their overdue and due-today follow-ups, from
// `followUpPlanCounts` (one request, one grouped SQL statement on the server). A salesperson does not get this card.
import { gql } from './api.js';
import { t } from './i18n.js';
import { el } from './dom.js';

export const isSupervisor = () => ['SUPERVISOR', 'ADMIN'].includes(document.body.dataset.role);

const query = `query($now: DateTime!, $endOfDay: DateTime!) { followUpPlanCounts(now: $now, endOfDay: $endOfDay) {
  salesperson { id displayName } overdue dueToday } }`;

// The team's lines (each with its salesperson), or none for a salesperson; sent with Today's lists.
export async function teamCounts(now, endOfDay) {
  if (!isSupervisor()) return [];
  const { followUpPlanCounts } = await gql(query, { now: now.toISOString(), endOfDay: endOfDay.toISOString() });
  return followUpPlanCounts;
}

export function teamCard(lines) {
  if (!isSupervisor()) return null;
  const items = lines.map(({ salesperson: m, overdue, dueToday }) => el('li', { 'data-member': m.id },
    el('strong', {}, m.displayName),
    el('span', { className: overdue > 0 ? 'overdue' : 'muted', 'data-count': 'overdue' },
      `${t('overdueCount')} ${overdue}`),
    el('span', { 'data-count': 'dueToday' }, `${t('dueTodayCount')} ${dueToday}`)));
  if (items.length === 0) items.push(el('li', { className: 'muted' }, t('none')));
  return el('section', { className: 'card', id: 'today-team', 'aria-labelledby': 'today-team-title' },
    el('h2', { id: 'today-team-title' }, t('team'), ' ', el('span', { className: 'count' }, `(${lines.length})`)),
    el('ul', { className: 'items' }, items));
}
