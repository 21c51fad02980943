// The supervisor's Today (主管视图): each salesperson of the team with their overdue and due-today follow-ups, from
// `followUpPlanCounts` (asked for with Today's lists, today.js; one grouped SQL statement on the server). A
// salesperson does not get this card.
import { t } from './i18n.js';
import { el } from './dom.js';

export const isSupervisor = () => ['SUPERVISOR', 'ADMIN'].includes(document.body.dataset.role);

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
