// The follow-up timeline of one customer, newest first, a page at a time ("more" follows pageInfo.endCursor).
import { gql } from './api.js';
import { t, formatTime } from './i18n.js';
import { label } from './labels.js';
import { el, card } from './dom.js';

export const pageSize = 5;

const query = `query($id: ID!, $first: Int!, $after: String) {
  followUpRecords(where: { customerId: { eq: $id } }, order: [{ happenedAt: DESC }], first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id happenedAt channel purpose content result customerFeedback nextAction } } }`;

export function timeline(customerId) {
  const count = el('span', { className: 'count' });
  const items = el('ol', { className: 'items timeline', id: 'timeline-items' });
  const more = el('button', { type: 'button', className: 'secondary', id: 'timeline-more', hidden: true }, t('more'));
  const element = card('customer-timeline', t('timeline'), items, more);
  element.querySelector('h2').append(' ', count);
  let cursor = null;

  async function load(reset) {
    more.disabled = true;
    const data = await gql(query, { id: customerId, first: pageSize, after: reset ? null : cursor });
    const page = data.followUpRecords;
    if (reset) items.replaceChildren();
    items.append(...page.nodes.map(entry));
    if (page.totalCount === 0) items.append(el('li', { className: 'muted' }, t('none')));
    count.textContent = `(${page.totalCount})`;
    cursor = page.pageInfo.endCursor;
    more.hidden = !page.pageInfo.hasNextPage;
    more.disabled = false;
  }

  more.addEventListener('click', () => load(false));
  return { element, reload: () => load(true) };
}

function entry(record) {
  return el('li', { 'data-record-id': record.id },
    el('span', { className: 'muted' }, formatTime(record.happenedAt)),
    el('strong', {}, `${label(record.channel)} · ${label(record.purpose)}`),
    el('span', { className: 'content' }, record.content),
    record.result && el('span', {}, `${t('result')}: ${record.result}`),
    record.customerFeedback && el('span', { className: 'muted' }, `${t('customerFeedback')}: ${record.customerFeedback}`));
}
