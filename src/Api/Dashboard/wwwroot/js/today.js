// Today: overdue and due-today follow-up plans, and A-grade customers not followed up today. The visibility rules
// are the server's: a salesperson's queries return only their own customers' plans.
import { gql, customerNames } from './api.js';
import { t, formatTime } from './i18n.js';

const plansQuery = `query($now: DateTime!, $endOfDay: DateTime!, $startOfDay: DateTime!) {
  overdue: followUpPlans(where: { status: { eq: PLANNED }, dueAt: { lt: $now } }, order: [{ dueAt: ASC }], first: 50)
    { totalCount nodes { id dueAt customerId channel purpose } }
  dueToday: followUpPlans(where: { status: { eq: PLANNED }, dueAt: { gte: $now, lt: $endOfDay } },
    order: [{ dueAt: ASC }], first: 50) { totalCount nodes { id dueAt customerId channel purpose } }
  gradeA: customers(where: { grade: { eq: A }, isArchived: { eq: false }, lastContactBefore: $startOfDay },
    order: [{ name: ASC }], first: 50) { totalCount nodes { id name lastFollowUpAt } }
}`;

export async function renderToday(panel) {
  panel.setAttribute('aria-busy', 'true');
  const now = new Date();
  const startOfDay = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const endOfDay = new Date(startOfDay.getTime() + 24 * 3600 * 1000);
  const data = await gql(plansQuery, {
    now: now.toISOString(), endOfDay: endOfDay.toISOString(), startOfDay: startOfDay.toISOString(),
  });
  const names = await customerNames([...data.overdue.nodes, ...data.dueToday.nodes].map((p) => p.customerId));
  panel.replaceChildren(
    planCard('overdue', data.overdue, names, true),
    planCard('dueToday', data.dueToday, names, false),
    customerCard('gradeA', data.gradeA),
  );
  panel.removeAttribute('aria-busy');
}

function card(key, totalCount) {
  const section = document.createElement('section');
  section.className = 'card';
  section.id = `today-${key}`;
  const heading = document.createElement('h2');
  heading.id = `today-${key}-title`;
  heading.append(t(key), ' ', Object.assign(document.createElement('span'), { className: 'count', textContent: `(${totalCount})` }));
  section.setAttribute('aria-labelledby', heading.id);
  const list = Object.assign(document.createElement('ul'), { className: 'items' });
  section.append(heading, list);
  return { section, list };
}

function planCard(key, connection, names, overdue) {
  const { section, list } = card(key, connection.totalCount);
  for (const plan of connection.nodes) {
    const item = document.createElement('li');
    item.dataset.planId = plan.id;
    item.append(
      Object.assign(document.createElement('strong'), { textContent: names.get(plan.customerId)?.name ?? plan.customerId }),
      Object.assign(document.createElement('span'), {
        className: overdue ? 'overdue' : '', textContent: `${t('due')} ${formatTime(plan.dueAt)}`,
      }),
      Object.assign(document.createElement('span'), { className: 'muted', textContent: `${plan.channel} · ${plan.purpose}` }),
    );
    list.append(item);
  }
  if (connection.nodes.length === 0) list.append(Object.assign(document.createElement('li'), { className: 'muted', textContent: t('none') }));
  return section;
}

function customerCard(key, connection) {
  const { section, list } = card(key, connection.totalCount);
  for (const customer of connection.nodes) {
    const item = document.createElement('li');
    item.append(
      Object.assign(document.createElement('strong'), { textContent: customer.name }),
      Object.assign(document.createElement('span'), {
        className: 'muted', textContent: customer.lastFollowUpAt ? formatTime(customer.lastFollowUpAt) : '—',
      }),
    );
    list.append(item);
  }
  if (connection.nodes.length === 0) list.append(Object.assign(document.createElement('li'), { className: 'muted', textContent: t('none') }));
  return section;
}
