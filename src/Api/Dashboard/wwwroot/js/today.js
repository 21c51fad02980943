// Today: overdue and due-today follow-up plans, A-grade customers not followed up today, key dates this week and
// customers about to return to the pool (the server's POOL_RECLAIM_WARNING reminders). The visibility rules are the
// server's: a salesperson's queries return only their own customers. Every customer links to its page.
import { gql } from './api.js';
import { t, formatTime } from './i18n.js';
import { label } from './labels.js';
import { el, customerLink } from './dom.js';
import { keyDatesThisWeek, keyDateWindowDays } from './key-dates.js';
import { startOfTeamDay } from './zone.js';
import { teamCounts, teamCard } from './team.js';

const planFields = 'totalCount nodes { id dueAt customerId customer { name } ownerId channel purpose }';
const todayQuery = `query($now: DateTime!, $endOfDay: DateTime!, $startOfDay: DateTime!, $keyDays: Int!) {
  overdue: followUpPlans(where: { status: { eq: PLANNED }, dueAt: { lt: $now } }, order: [{ dueAt: ASC }], first: 50)
    { ${planFields} }
  dueToday: followUpPlans(where: { status: { eq: PLANNED }, dueAt: { gte: $now, lt: $endOfDay } },
    order: [{ dueAt: ASC }], first: 50) { ${planFields} }
  gradeA: customers(where: { grade: { eq: A }, isArchived: { eq: false }, lastContactBefore: $startOfDay },
    order: [{ name: ASC }], first: 50) { totalCount nodes { id name lastFollowUpAt } }
  keyDates: customers(where: { keyDateWithinDays: $keyDays, isArchived: { eq: false } }, order: [{ name: ASC }],
    first: 50) { totalCount nodes { id name keyDates { id kind label date recursYearly } } }
  reclaim: reminders(where: { kind: { eq: POOL_RECLAIM_WARNING }, isDismissed: { eq: false }, dueAt: { gt: $now } },
    order: [{ dueAt: ASC }], first: 50) { totalCount nodes { id dueAt customerId customer { name } } }
}`;

export async function renderToday(panel) {
  panel.setAttribute('aria-busy', 'true');
  const now = new Date();
  const startOfDay = startOfTeamDay(now);
  const endOfDay = startOfTeamDay(now, 1);
  // One round of requests: the lists (their customers' names inline) and (supervisors) the team's counts together.
  const [data, lines] = await Promise.all([gql(todayQuery, {
    now: now.toISOString(), endOfDay: endOfDay.toISOString(), startOfDay: startOfDay.toISOString(),
    keyDays: keyDateWindowDays,
  }), teamCounts(now, endOfDay)]);
  const owners = new Map(lines.map((line) => [line.salesperson.id, line.salesperson.displayName]));
  panel.replaceChildren(...[
    teamCard(lines),
    card('overdue', data.overdue, (p) => planItem(p, p.customer.name, true, owners.get(p.ownerId))),
    card('dueToday', data.dueToday, (p) => planItem(p, p.customer.name, false, owners.get(p.ownerId))),
    card('gradeA', data.gradeA, (c) => [customerLink(c.id, c.name),
      el('span', { className: 'muted' }, c.lastFollowUpAt ? formatTime(c.lastFollowUpAt) : '—')]),
    card('keyDates', data.keyDates, (c) => [customerLink(c.id, c.name),
      ...keyDatesThisWeek(c.keyDates, now).map((k) => el('span', { 'data-key-date': k.id },
        `${label(k.kind)} ${k.label} · ${k.next}`))]),
    card('reclaim', data.reclaim, (r) => [customerLink(r.customerId, r.customer?.name),
      el('span', { className: 'overdue' }, `${t('reclaimAt')} ${formatTime(r.dueAt)}`)]),
  ].filter(Boolean));
  panel.removeAttribute('aria-busy');
}

function card(key, connection, render) {
  const items = connection.nodes.map((node) => el('li', { 'data-id': node.id }, render(node)));
  if (items.length === 0) items.push(el('li', { className: 'muted' }, t('none')));
  return el('section', { className: 'card', id: `today-${key}`, 'aria-labelledby': `today-${key}-title` },
    el('h2', { id: `today-${key}-title` }, t(key), ' ', el('span', { className: 'count' }, `(${connection.totalCount})`)),
    el('ul', { className: 'items' }, items));
}

// `owner`: the salesperson's name, shown to supervisors (a salesperson's plans are all their own).
function planItem(plan, name, overdue, owner) {
  return [
    el('span', { 'data-plan-id': plan.id }, customerLink(plan.customerId, name)),
    owner && el('span', { className: 'badge' }, owner),
    el('span', { className: overdue ? 'overdue' : '' }, `${t('due')} ${formatTime(plan.dueAt)}`),
    el('span', { className: 'muted' }, `${label(plan.channel)} · ${label(plan.purpose)}`),
  ];
}
