// The supervisor's view (主管视图): the team card on Today with each salesperson's overdue count as the API gives
// it, every member's plans with their owner, the evaluation of the whole team and the review narrowed to a member.
import { gql } from './dashboard-api.mjs';

export async function checkSupervisor({ page, token, run, check }) {
  const team = page.locator('#today-team');
  await team.waitFor();
  const members = await team.locator('li[data-member]').evaluateAll((items) =>
    items.map((li) => ({ id: li.dataset.member, text: li.innerText })));
  const names = members.map((m) => m.text.split('\n')[0]);
  check(names.includes('Alice') && names.includes('Bob'), `the supervisor's Today lists the team: ${names.join(', ')}`);
  const now = new Date().toISOString();
  for (const member of members) {
    const data = await gql(token, `query($id: ID!, $now: DateTime!) { followUpPlans(where: { status: { eq: PLANNED },
      ownerId: { eq: $id }, dueAt: { lt: $now } }) { totalCount } }`, { id: member.id, now });
    check(member.text.includes(`逾期 ${data.followUpPlans.totalCount}`),
      `the overdue count of ${member.text.split('\n')[0]} is the API's (${data.followUpPlans.totalCount})`);
  }
  const overdue = await page.locator('#today-overdue').innerText();
  check(overdue.includes(`鲍勃的私有客户-${run}`) && overdue.includes('Bob'),
    "the supervisor sees Bob's overdue customer with its owner");

  await page.getByRole('tab', { name: '数据复盘' }).click();
  await page.waitForSelector('#evaluation-table');
  const evaluated = await page.locator('#evaluation-table tbody th').allInnerTexts();
  check(evaluated.includes('Alice') && evaluated.includes('Bob'), `the evaluation lists ${evaluated.join(', ')}`);
  const bob = members.find((m) => m.text.startsWith('Bob'));
  await page.getByLabel('成员', { exact: true }).selectOption(bob.id);
  await page.getByRole('button', { name: '查看' }).click();
  const teamNow = new Date(Date.now() + 8 * 3600 * 1000);
  const api = await gql(token, `query($y: Int!, $m: Int!, $id: ID!) {
    dataReview(period: { year: $y, month: $m }, ownerId: $id) { newCustomers } }`,
  { y: teamNow.getUTCFullYear(), m: teamNow.getUTCMonth() + 1, id: bob.id });
  const cell = page.locator('#review-figures tr[data-figure="newCustomers"] td.num');
  await page.waitForFunction((expected) => document.querySelector('#review-body:not([aria-busy]) '
    + '#review-figures tr[data-figure="newCustomers"] td.num')?.innerText === expected,
  String(api.dataReview.newCustomers), { timeout: 10000 });
  check(await cell.innerText() === String(api.dataReview.newCustomers),
    `narrowed to Bob, the review shows his ${api.dataReview.newCustomers} new customers`);
}
