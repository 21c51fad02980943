// End-to-end test of the dashboard (/dashboard) in real headless Chromium, driven by playwright-core.
// Env: CRM_URL (the /graphql URL), CRM_TOKEN_ALICE and CRM_TOKEN_BOB (two salespeople), CHROMIUM, ARTIFACTS.
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const { CRM_URL, CRM_TOKEN_ALICE, CRM_TOKEN_BOB, CHROMIUM, ARTIFACTS } = process.env;
const dashboardUrl = new URL('/dashboard', CRM_URL).href;
const log = (line) => console.log(line);
// Names unique to this run, so a rerun against the same database counts only its own records.
const run = Date.now().toString(36);
mkdirSync(ARTIFACTS, { recursive: true });

async function gql(token, query, variables = {}) {
  const response = await fetch(CRM_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function customerWithOverduePlan(token, name) {
  const created = await gql(token, `mutation($name: String!) { createCustomer(input: { name: $name, kind: ORGANIZATION,
    source: REFERRAL, createAnyway: true }) { customer { id } errors { __typename ... on Error { message } } } }`, { name });
  if (!created.createCustomer.customer) throw new Error(JSON.stringify(created.createCustomer.errors));
  const id = created.createCustomer.customer.id;
  const dueAt = new Date(Date.now() - 2 * 3600 * 1000).toISOString();
  const planned = await gql(token, `mutation($id: ID!, $dueAt: DateTime!) { planFollowUp(input: { customerId: $id,
    dueAt: $dueAt, channel: PHONE, purpose: NEEDS_DISCOVERY }) { plan { id } errors { __typename ... on Error { message } } } }`,
  { id, dueAt });
  if (!planned.planFollowUp.plan) throw new Error(JSON.stringify(planned.planFollowUp.errors));
  return id;
}

const check = (condition, message) => {
  if (!condition) throw new Error(`FAILED: ${message}`);
  log(`ok - ${message}`);
};

const userDataDir = mkdtempSync(path.join(tmpdir(), 'crm-dashboard-chromium-'));
// A persistent context on a fresh profile directory is how Playwright takes --user-data-dir.
const browser = await chromium.launchPersistentContext(userDataDir, {
  executablePath: CHROMIUM,
  headless: true,
  viewport: { width: 1280, height: 900 },
  locale: 'zh-CN',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  await customerWithOverduePlan(CRM_TOKEN_ALICE, `爱丽丝的逾期客户-${run}`);
  await customerWithOverduePlan(CRM_TOKEN_BOB, `鲍勃的私有客户-${run}`);

  const page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && log(`browser console: ${m.text()}`));
  page.on('pageerror', (e) => log(`browser error: ${e.message}`));

  // Sign in by pasting the token.
  await page.goto(dashboardUrl);
  await page.getByLabel('访问令牌').fill(CRM_TOKEN_ALICE);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForSelector('body[data-ready="true"]');
  check(await page.evaluate(() => localStorage.getItem('crm.token')) === CRM_TOKEN_ALICE, 'the token is kept in localStorage');

  // Today: Alice's overdue follow-up with the customer's name; Bob's customer is not visible to her.
  const overdue = await page.locator('#today-overdue').innerText();
  check(overdue.includes(`爱丽丝的逾期客户-${run}`), 'Today lists the overdue follow-up with its customer name');
  check(!(await page.locator('#panel-today').innerText()).includes('鲍勃'), "Alice does not see Bob's customer");
  await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard-today.png'), fullPage: true });

  // A reminder stored by the real scheduler while the page is open appears live.
  await page.waitForSelector('#live-status[data-state="live"]');
  await customerWithOverduePlan(CRM_TOKEN_ALICE, `实时提醒客户-${run}`);
  const live = page.locator('#reminder-list li', { hasText: `实时提醒客户-${run}` });
  await live.first().waitFor({ timeout: 60000 });
  check(await live.count() === 1, 'the reminder produced by the scan appears live, once');
  await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard-live-reminder.png'), fullPage: true });

  // The socket is cut; a reminder stored meanwhile arrives once after the reconnect resumes with `after:`.
  await page.evaluate(() => window.crmDashboard.live.drop());
  await customerWithOverduePlan(CRM_TOKEN_ALICE, `断线期间客户-${run}`);
  const resumed = page.locator('#reminder-list li', { hasText: `断线期间客户-${run}` });
  await resumed.first().waitFor({ timeout: 60000 });
  await page.waitForSelector('#live-status[data-state="live"]');
  const ids = await page.locator('#reminder-list li').evaluateAll((items) => items.map((i) => i.dataset.id));
  check(ids.length === new Set(ids).size && await resumed.count() === 1, 'after a reconnect no reminder is shown twice');

  // Mark read, then dismiss, through the public mutations.
  await live.getByRole('button', { name: /标为已读/ }).click();
  await page.waitForSelector('#reminder-list li.read');
  check(await live.evaluate((li) => li.classList.contains('read')), 'mark read marks the reminder read');
  await live.getByRole('button', { name: /忽略/ }).click();
  await live.waitFor({ state: 'detached' });
  check(true, 'dismiss removes the reminder');

  // Monthly review: the table shows the figures the API returns for this month.
  await page.getByRole('tab', { name: '数据复盘' }).click();
  await page.waitForSelector('#review-figures');
  const now = new Date();
  const api = await gql(CRM_TOKEN_ALICE, 'query($y: Int!, $m: Int!) { dataReview(period: { year: $y, month: $m }) '
    + '{ newCustomers sources { source customers } } }', { y: now.getFullYear(), m: now.getMonth() + 1 });
  const shown = await page.locator('#review-figures tr[data-figure="newCustomers"] td.num').innerText();
  check(shown === String(api.dataReview.newCustomers), `the review shows newCustomers = ${shown} as the API returns`);
  const sourceFigures = JSON.parse(await page.locator('#chart-sources').getAttribute('data-figures'));
  check(sourceFigures.includes(`REFERRAL: ${api.dataReview.sources.find((s) => s.source === 'REFERRAL').customers}`),
    'the source chart draws the API figures');
  check(await page.locator('#chart-sources canvas').count() > 0, 'ECharts drew the source chart');
  await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard-review.png'), fullPage: true });

  // English switch.
  await page.getByLabel('语言').selectOption('en');
  await page.getByRole('tab', { name: 'Today' }).click();
  await page.waitForSelector('#today-overdue h2:has-text("Overdue follow-ups")');
  check(true, 'the English switch relabels the page');

  // Phone width.
  await page.close();
  const phonePage = await browser.newPage();
  await phonePage.setViewportSize({ width: 390, height: 844 });
  await phonePage.goto(dashboardUrl);
  await phonePage.evaluate((token) => localStorage.setItem('crm.token', token), CRM_TOKEN_BOB);
  await phonePage.reload();
  await phonePage.waitForSelector('body[data-ready="true"]');
  const bobToday = await phonePage.locator('#panel-today').innerText();
  check(bobToday.includes(`鲍勃的私有客户-${run}`) && !bobToday.includes('爱丽丝'), 'Bob sees his customer and not Alice\'s');
  const overflow = await phonePage.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  check(!overflow, 'no horizontal scrolling at phone width');
  await phonePage.screenshot({ path: path.join(ARTIFACTS, 'dashboard-phone.png'), fullPage: true });
  log('dashboard: all checks passed');
} finally {
  await browser.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
