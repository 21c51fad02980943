// The monthly review against a hand-built month: a salesperson of a team of their own records a known month
// (5 customers, 3 follow-ups, a won and a lost deal, a complaint among 2 service requests) and the page must show
// exactly the figures worked out by hand below, with Chinese chart labels.
import { createCustomer, mutate } from './dashboard-api.mjs';

async function followUp(token, customerId, channel) {
  await mutate(token, 'recordFollowUp', { customerId, channel, purpose: 'NEEDS_DISCOVERY', content: '沟通需求' },
    'recorded', 'record { id }');
}

async function deal(token, customerId, product) {
  return (await mutate(token, 'openDeal', { customerId, product, amount: 5000, currency: 'CNY' }, 'deal')).id;
}

export async function buildMonth(token, run) {
  const [r1, r2] = [await createCustomer(token, `复盘甲-${run}`), await createCustomer(token, `复盘乙-${run}`)];
  await createCustomer(token, `复盘丙-${run}`);
  const w1 = await createCustomer(token, `复盘丁-${run}`, 'WEBSITE');
  const e1 = await createCustomer(token, `复盘戊-${run}`, 'EXHIBITION');
  await followUp(token, r1, 'PHONE');
  await followUp(token, r2, 'PHONE');
  await followUp(token, w1, 'WE_CHAT');
  await mutate(token, 'winDeal', { dealId: await deal(token, r1, '标准版'), keyFactor: '价格合适' }, 'deal');
  await mutate(token, 'loseDeal', { dealId: await deal(token, e1, '专业版'), reason: 'PRICE' }, 'deal');
  await mutate(token, 'recordService', { customerId: r1, type: 'COMPLAINT', content: '发货慢' }, 'service');
  await mutate(token, 'recordService', { customerId: w1, type: 'CONSULTATION', content: '开票' }, 'service');
}

// What the month must show, worked out by hand from buildMonth (docs/metrics.md defines each figure).
const expected = {
  newCustomers: '5', // 5 entered this month
  complaintRatePercent: '50', // 1 complaint of 2 service requests
  sources: ['转介绍: 3', '展会: 1', '官网: 1'], // most first, ties by source name (EXHIBITION, WEBSITE)
  channels: ['电话: 1/2', '微信: 0/1'], // r1 and r2 by phone, r1 won; w1 by WeChat, not won
};

export async function checkHandBuiltMonth({ page, check }) {
  await page.getByRole('tab', { name: '数据复盘' }).click();
  await page.waitForSelector('#review-figures');
  const figure = async (key) => page.locator(`#review-figures tr[data-figure="${key}"] td.num`).innerText();
  check(await figure('newCustomers') === expected.newCustomers, 'the hand-built month shows 5 new customers');
  check(Number(await figure('complaintRatePercent')) === Number(expected.complaintRatePercent),
    'the hand-built month shows a complaint rate of 50 %');
  const figures = async (key) => JSON.parse(await page.locator(`#chart-${key}`).getAttribute('data-figures'));
  check(JSON.stringify(await figures('sources')) === JSON.stringify(expected.sources),
    `the source chart draws ${expected.sources.join(', ')}`);
  check(JSON.stringify(await figures('channels')) === JSON.stringify(expected.channels),
    `the channel chart draws ${expected.channels.join(', ')}`);
  check(await page.locator('#chart-channels canvas').count() > 0, 'ECharts drew the channel chart');
}
