// The customer page (#customer/ID): archive, contacts, grade and stage history, deals, service records, the
// record-follow-up form and the paged follow-up timeline. One `node` query; the timeline pages on its own.
import { gql } from './api.js';
import { t, formatTime } from './i18n.js';
import { label } from './labels.js';
import { el, card, facts } from './dom.js';
import { timeline } from './timeline.js';
import { followUpForm } from './follow-up-form.js';

const planFields = 'id dueAt channel purpose fromCadence';
const query = `query($id: ID!) { node(id: $id) { ... on Customer {
  id name kind grade stage source customSource phone email weChat address industry companySize tags
  enteredAt firstContactAt lastFollowUpAt isArchived inPool owner { displayName }
  nextPlan { ${planFields} }
  contacts { id name title phone email weChat isKeyDecisionMaker }
  gradeHistory { at from to reason } stageHistory { at from to trigger reason }
  deals { id product amount currency status openedAt closedAt lostReason }
  serviceRecords { id type status content requestedAt result } } } }`;

const nextPlanQuery = `query($id: ID!) { node(id: $id) { ... on Customer { nextPlan { ${planFields} } } } }`;

export async function renderCustomer(panel, id) {
  panel.setAttribute('aria-busy', 'true');
  panel.replaceChildren(el('p', { className: 'muted' }, t('loading')));
  try {
    const { node: customer } = await gql(query, { id });
    if (!customer) {
      panel.replaceChildren(back(), el('p', { className: 'error', role: 'alert' }, t('customerNotFound')));
      return;
    }
    const history = timeline(customer.id);
    const subtitle = [customer.grade && label(customer.grade), label(customer.stage)].filter(Boolean).join(' · ');
    const nextPlan = el('p', { id: 'customer-next-plan' }, nextPlanText(customer.nextPlan));
    panel.replaceChildren(
      back(),
      el('h2', { id: 'customer-title', className: 'page-title', tabIndex: -1 }, customer.name,
        el('span', { className: 'count' }, ` ${subtitle}`)),
      el('div', { className: 'customer-grid' },
        archive(customer, nextPlan),
        followUpForm(customer.id, customer.nextPlan, async () => {
          await history.reload();
          const { node } = await gql(nextPlanQuery, { id: customer.id });
          nextPlan.textContent = nextPlanText(node.nextPlan);
          return node.nextPlan;
        }),
        contacts(customer.contacts),
        changes(customer),
        deals(customer.deals),
        services(customer.serviceRecords),
        history.element));
    await history.reload();
    panel.querySelector('#customer-title').focus();
  } finally {
    panel.removeAttribute('aria-busy');
  }
}

const back = () => el('p', {}, el('a', { href: '#', className: 'back' }, `← ${t('back')}`));

function nextPlanText(plan) {
  if (!plan) return `${t('nextPlan')}: ${t('none')}`;
  const cadence = plan.fromCadence ? ` ${t('fromCadence')}` : '';
  return `${t('nextPlan')}: ${formatTime(plan.dueAt)} · ${label(plan.channel)} · ${label(plan.purpose)}${cadence}`;
}

function archive(c, nextPlan) {
  return card('customer-archive', t('archive'), facts([
    [t('owner'), c.owner?.displayName ?? (c.inPool ? t('inPool') : null)],
    [t('kind'), label(c.kind)],
    [t('source'), c.customSource ?? label(c.source)],
    [t('phone'), c.phone], [t('email'), c.email], [t('weChat'), c.weChat], [t('address'), c.address],
    [t('industry'), c.industry], [t('companySize'), c.companySize], [t('tags'), c.tags.join('、')],
    [t('enteredAt'), formatTime(c.enteredAt)],
    [t('lastFollowUpAt'), c.lastFollowUpAt ? formatTime(c.lastFollowUpAt) : t('never')],
    [t('archived'), c.isArchived ? t('yes') : null],
  ]), nextPlan);
}

function list(items, render) {
  if (items.length === 0) return el('p', { className: 'muted' }, t('none'));
  return el('ul', { className: 'items' }, items.map((item) => el('li', {}, render(item))));
}

function contacts(items) {
  return card('customer-contacts', t('contacts'), list(items, (c) => [
    el('strong', {}, c.name), c.title && el('span', {}, c.title),
    c.isKeyDecisionMaker && el('span', { className: 'badge' }, t('keyDecisionMaker')),
    el('span', { className: 'muted' }, [c.phone, c.email, c.weChat].filter(Boolean).join(' · ')),
  ]));
}

function changes(c) {
  const rows = [
    ...c.gradeHistory.map((g) => ({ at: g.at, text: `${t('grade')} ${g.from ?? '—'} → ${g.to}`, why: g.reason })),
    ...c.stageHistory.map((s) => ({
      at: s.at, text: `${t('stage')} ${label(s.from)} → ${label(s.to)}`, why: s.reason ?? label(s.trigger),
    })),
  ].sort((a, b) => b.at.localeCompare(a.at));
  return card('customer-changes', t('gradeAndStage'), list(rows, (r) => [
    el('span', { className: 'muted' }, formatTime(r.at)), el('strong', {}, r.text), el('span', {}, r.why ?? ''),
  ]));
}

function deals(items) {
  return card('customer-deals', t('deals'), list(items, (d) => [
    el('strong', {}, d.product), el('span', { className: 'num' }, `${d.amount} ${d.currency}`),
    el('span', { className: `status-${d.status.toLowerCase()}` }, label(d.status)),
    d.lostReason && el('span', { className: 'muted' }, label(d.lostReason)),
    el('span', { className: 'muted' }, formatTime(d.closedAt ?? d.openedAt)),
  ]));
}

function services(items) {
  return card('customer-services', t('services'), list(items, (s) => [
    el('strong', {}, label(s.type)), el('span', {}, label(s.status)), el('span', {}, s.content),
    s.result && el('span', { className: 'muted' }, s.result),
    el('span', { className: 'muted' }, formatTime(s.requestedAt)),
  ]));
}
