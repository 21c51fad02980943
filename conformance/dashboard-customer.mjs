// The customer page part of the dashboard test: open it from Today, page the timeline, record a follow-up through
// the form (the next plan shown is the one the API stored) and see the server's refusal of a bad one.
import { fillCustomer, plan } from './dashboard-api.mjs';

const localInput = (date) => new Date(date.getTime() - date.getTimezoneOffset() * 60000).toISOString().slice(0, 16);

export async function checkCustomerPage({ page, token, customerId, name, run, check, screenshot }) {
  await fillCustomer(token, customerId, run, 6);
  await page.locator('#today-overdue a', { hasText: name }).click();
  const records = page.locator('#timeline-items li[data-record-id]');
  await records.nth(4).waitFor();
  check(await records.count() === 5 && await page.locator('#timeline-more').isVisible(),
    'the customer page opens from Today with the first 5 follow-ups and a "more" button');
  check((await page.locator('#customer-title').innerText()).includes(name), 'the page is titled with the customer');
  check((await page.locator('#customer-contacts').innerText()).includes(`王经理-${run}`), 'contacts are shown');
  check((await page.locator('#customer-deals').innerText()).includes(`年度服务-${run}`), 'deals are shown');
  check((await page.locator('#customer-services').innerText()).includes(`咨询发票-${run}`), 'service records are shown');
  check((await records.first().innerText()).includes(`第6次沟通-${run}`), 'the timeline starts with the newest');

  await page.locator('#timeline-more').click();
  await records.nth(5).waitFor();
  await page.locator('#timeline-more').waitFor({ state: 'hidden' });
  check(await records.count() === 6 && (await records.last().innerText()).includes(`第1次沟通-${run}`),
    'the next page brings the oldest follow-up and no further "more"');

  // Recorded through the form: the page shows the next plan the API stored and the record heads the timeline.
  const form = page.locator('#follow-up-form');
  await form.getByLabel('跟进方式').selectOption('WE_CHAT');
  await form.getByLabel('跟进内容').fill(`微信确认报价-${run}`);
  await form.getByRole('button', { name: '保存' }).click();
  await page.waitForSelector('#follow-up-status[data-next-plan-due-at]');
  const status = page.locator('#follow-up-status');
  const stored = await plan(token, await status.getAttribute('data-next-plan-id'));
  check(stored.status === 'PLANNED' && stored.customerId === customerId
    && Date.parse(stored.dueAt) === Date.parse(await status.getAttribute('data-next-plan-due-at')),
  `the form shows the next plan the server stored (${stored.dueAt}): ${await status.innerText()}`);
  await page.locator('#timeline-items li', { hasText: `微信确认报价-${run}` }).waitFor();
  check((await records.first().innerText()).includes(`微信确认报价-${run}`), 'the new follow-up heads the timeline');
  await screenshot('dashboard-customer.png');

  // A next follow-up in the past: the server refuses, the page says why and the timeline is unchanged.
  const count = await page.locator('#customer-timeline h2 .count').innerText();
  await form.getByLabel('跟进内容').fill(`不该保存-${run}`);
  await form.getByLabel(/下次跟进时间/).fill(localInput(new Date(Date.now() - 24 * 3600 * 1000)));
  await form.getByRole('button', { name: '保存' }).click();
  await page.waitForSelector('#follow-up-error:not(:empty)');
  const refusal = await page.locator('#follow-up-error').innerText();
  check(refusal.includes('下次跟进时间必须晚于本次跟进时间'), `the server's refusal is shown: ${refusal}`);
  check(await page.locator('#customer-timeline h2 .count').innerText() === count
    && await page.locator('#timeline-items li', { hasText: `不该保存-${run}` }).count() === 0,
  'a refused follow-up is not in the timeline');

  // The first record completed the overdue plan (the form's "completes the plan" box): Today no longer lists it.
  await page.getByRole('link', { name: /返回/ }).click();
  await page.waitForFunction((customer) => {
    const overdue = document.querySelector('#panel-today:not([hidden]):not([aria-busy]) #today-overdue');
    return overdue && !overdue.innerText.includes(customer);
  }, name, { timeout: 10000 });
  check(true, 'the overdue plan the follow-up completed has left Today');
}
