// Today: overdue and due-today follow-up plans, A-grade customers not followed up today, key dates this week and
// customers about to return to the pool (the server's POOL_RECLAIM_WARNING reminders). The visibility rules are the
// server's: a salesperson's queries return only their own customers. Every customer links to its page.
import { gql } from './api.js';
import { t, formatTime } from './i18n.js';
import { label } from './labels.js';
import { el, customerLink } from './dom.js';
import { keyDatesThisWeek, keyDateWindowDays } from './key-dates.js';
import { startOfTeamDay } from './zone.js';
import { isSupervisor, teamCard } from './team.js';

const { todaySelection, todayVariableTypes } = globalThis.crmFirstScreen;
const todayQuery = `query(${todayVariableTypes}) { ${todaySelection} }`;

// Today's variables at `now` for the day in the current zone (zone.js); `team`: with the team card's lines.
function todayVariables(now, team = isSupervisor()) {
  return {
    now: now.toISOString(), startOfDay: startOfTeamDay(now).toISOString(),
    endOfDay: startOfTeamDay(now, 1).toISOString(), keyDays: keyDateWindowDays, team,
  };
}

// `first`: the first screen's answer ({ variables, data }, app.js), asked for before the team's time zone was known
// (with the browser's): used when it is for the team's day; otherwise Today's lists are asked for again, so a browser
// in another zone still shows the team's day.
export async function renderToday(panel, first) {
  panel.setAttribute('aria-busy', 'true');
  const now = first ? new Date(first.variables.now) : new Date();
  const variables = todayVariables(now);
  const reuse = first && first.variables.startOfDay === variables.startOfDay
    && first.variables.endOfDay === variables.endOfDay && (first.variables.team || !variables.team);
  const data = reuse ? first.data : await gql(todayQuery, variables);
  const lines = isSupervisor() ? data.team ?? [] : [];
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
