// The supervisor's Today (主管视图): each salesperson of the team with their overdue and due-today follow-ups.
// Members come from `performanceEvaluation` (a supervisor gets the whole team); the counts are one aliased
// `followUpPlans` totalCount per member. A salesperson does not get this card.
import { gql } from './api.js';
import { t } from './i18n.js';
import { el } from './dom.js';
import { loadEvaluation } from './evaluation.js';
import { localParts } from './zone.js';

export const isSupervisor = () => ['SUPERVISOR', 'ADMIN'].includes(document.body.dataset.role);

export async function teamMembers(now) {
  if (!isSupervisor()) return [];
  const { year, month } = localParts(now);
  return (await loadEvaluation(year, month)).map((line) => line.salesperson).filter(Boolean);
}

// Two aliased fields per member; the server allows 30 aliases per operation (Crm:GraphQL:MaxAliases), so a team
// of 20 is counted in two requests of at most 15 members, sent together.
const membersPerRequest = 15;

export async function teamCard(members, now, endOfDay) {
  if (!isSupervisor()) return null;
  const groups = Array.from({ length: Math.ceil(members.length / membersPerRequest) },
    (_, g) => members.slice(g * membersPerRequest, (g + 1) * membersPerRequest));
  const counts = Object.assign({}, ...await Promise.all(groups.map((group, g) => memberCounts(group,
    g * membersPerRequest, now, endOfDay))));
  const items = members.map((m, i) => el('li', { 'data-member': m.id },
    el('strong', {}, m.displayName),
    el('span', { className: counts[`o${i}`].totalCount > 0 ? 'overdue' : 'muted', 'data-count': 'overdue' },
      `${t('overdueCount')} ${counts[`o${i}`].totalCount}`),
    el('span', { 'data-count': 'dueToday' }, `${t('dueTodayCount')} ${counts[`d${i}`].totalCount}`)));
  if (items.length === 0) items.push(el('li', { className: 'muted' }, t('none')));
  return el('section', { className: 'card', id: 'today-team', 'aria-labelledby': 'today-team-title' },
    el('h2', { id: 'today-team-title' }, t('team'), ' ', el('span', { className: 'count' }, `(${members.length})`)),
    el('ul', { className: 'items' }, items));
}

// `o<i>` and `d<i>`: the overdue and due-today totals of members[i], `first` the index of group[0].
function memberCounts(group, first, now, endOfDay) {
  const planned = '{ status: { eq: PLANNED }';
  const index = group.map((_, i) => first + i);
  const fields = index.map((i) => `
    o${i}: followUpPlans(where: ${planned}, ownerId: { eq: $m${i} }, dueAt: { lt: $now } }, first: 1) { totalCount }
    d${i}: followUpPlans(where: ${planned}, ownerId: { eq: $m${i} }, dueAt: { gte: $now, lt: $end } }, first: 1)
      { totalCount }`).join('');
  const variables = Object.fromEntries(group.map((m, i) => [`m${first + i}`, m.id]));
  return gql(`query($now: DateTime!, $end: DateTime!${index.map((i) => `, $m${i}: ID!`).join('')}) {${fields} }`,
    { now: now.toISOString(), end: endOfDay.toISOString(), ...variables });
}
