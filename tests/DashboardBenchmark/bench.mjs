// Cold loads of /dashboard in headless Chromium (issue #19): the time from navigation start to "first screen
// interactive", per role. Driven by run.sh; playwright-core comes from conformance/node_modules.
//
// "First screen interactive", measured in the page against its navigation start (performance.now()):
//   1. the Today view is rendered: body[data-ready="true"] (set once Today's lists are in the DOM) and the overdue
//      list has its first row (#today-overdue li[data-id]); for the supervisor also the team card's first member;
//   2. and the page is responsive: the next frame is painted and a task queued after it runs (rAF → setTimeout).
// Each load is a new browser context (empty cache and storage) with the token put in localStorage, where the
// dashboard keeps it after the sign-in form (`crm.token`, js/api.js), before any page script runs.
// Env: BENCH_URL (/dashboard), BENCH_SALES_TOKEN, BENCH_SUPERVISOR_TOKEN, BENCH_RUNS, BENCH_OUT, CHROMIUM,
// BENCH_TIMEZONE (the browser's time zone, Asia/Shanghai by default), BENCH_WARMUP (uncounted loads first, 5).
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const { chromium } = createRequire(path.join(here, '../../conformance/package.json'))('playwright-core');
const { BENCH_URL, BENCH_SALES_TOKEN, BENCH_SUPERVISOR_TOKEN, BENCH_OUT, CHROMIUM } = process.env;
const runs = Number(process.env.BENCH_RUNS ?? 10);
// The browser's time zone: the seeded team's (Asia/Shanghai) by default, as a team's own browsers are; in another
// zone the first screen asks for Today's lists again for the team's day (js/today.js), one more round trip.
const timezoneId = process.env.BENCH_TIMEZONE || 'Asia/Shanghai';

// Installed before the page's scripts: records every /graphql fetch (which query, start, end of the body) and the
// moment the first screen is interactive.
function probe({ token, supervisor }) {
  if (location.pathname.startsWith('/dashboard')) localStorage.setItem('crm.token', token);
  const requests = [];
  const originalFetch = window.fetch;
  const name = (query) => {
    if (/\bme\s*\{/.test(query) && query.includes('overdue: followUpPlans')) return 'first screen (me, today, reminders)';
    if (/^\s*\{\s*me\b/.test(query)) return 'me';
    if (query.includes('latest: reminders')) return 'stored reminders';
    if (query.includes('overdue: followUpPlans')) return 'today lists';
    if (query.includes('nodes(ids:')) return 'customer names';
    if (query.includes('performanceEvaluation')) return 'team members (performanceEvaluation)';
    if (query.includes('o0: followUpPlans')) return 'team counts';
    if (query.includes('followUpPlanCounts')) return 'team counts (followUpPlanCounts)';
    return query.replace(/\s+/g, ' ').slice(0, 60);
  };
  window.fetch = async (input, init) => {
    const entry = { query: 'other', start: performance.now() };
    try { entry.query = name(JSON.parse(init?.body ?? '{}').query ?? ''); } catch { /* not GraphQL */ }
    requests.push(entry);
    const response = await originalFetch(input, init);
    entry.headers = performance.now();
    response.clone().arrayBuffer().then(() => { entry.end = performance.now(); });
    return response;
  };
  let longTasks = 0;
  try {
    new PerformanceObserver((list) => { longTasks += list.getEntries().length; })
      .observe({ type: 'longtask', buffered: true });
  } catch { /* no long task timing */ }
  const rendered = () => document.body?.dataset.ready === 'true' && document.querySelector('#today-overdue li[data-id]')
    && (!supervisor || document.querySelector('#today-team li[data-member]'));
  window.crmBench = new Promise((resolve) => {
    const check = () => {
      if (!rendered()) return false;
      const renderedAt = performance.now();
      requestAnimationFrame(() => setTimeout(() => {
        const navigation = performance.getEntriesByType('navigation')[0];
        resolve({
          interactive: performance.now(), rendered: renderedAt,
          domContentLoaded: navigation.domContentLoadedEventEnd, load: navigation.loadEventEnd,
          requests: requests.map((r) => ({ ...r })), longTasks,
          overdueRows: document.querySelectorAll('#today-overdue li[data-id]').length,
          dueTodayRows: document.querySelectorAll('#today-dueToday li[data-id]').length,
        });
      }));
      return true;
    };
    const observer = new MutationObserver(() => check() && observer.disconnect());
    document.addEventListener('DOMContentLoaded', () => {
      if (!check()) observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    });
  });
}

const browser = await chromium.launch({
  executablePath: CHROMIUM, headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});

async function load(token, supervisor) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', timezoneId });
  try {
    await context.addInitScript(probe, { token, supervisor });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(BENCH_URL, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.crmBench !== undefined);
    // The page's own error line (#sign-in-error) ends the wait too: a first screen that fails is reported, not timed.
    const result = await page.evaluate(() => Promise.race([window.crmBench, new Promise((resolve) => {
      const failed = () => document.getElementById('sign-in-error')?.textContent;
      const poll = setInterval(() => failed() && (clearInterval(poll), resolve({ error: failed() })), 50);
      setTimeout(() => resolve({ error: 'no first screen within 120 s' }), 120000);
    })]));
    if (errors.length) throw new Error(errors.join('; '));
    if (result.error) throw new Error(`the first screen failed: ${result.error}`);
    return result;
  } finally {
    await context.close();
  }
}

const roles = [
  { role: 'salesperson (rep01)', token: BENCH_SALES_TOKEN, supervisor: false },
  { role: 'supervisor', token: BENCH_SUPERVISOR_TOKEN, supervisor: true },
];
console.log(`browser time zone: ${timezoneId}`);
const samples = Object.fromEntries(roles.map((r) => [r.role, []]));
const failures = {};
// Warm-up: a running server has answered these queries before (its JIT tiers up after some thirty calls of a
// method); the loads right after its start are printed, not counted. A role whose page fails is skipped.
const warmups = Number(process.env.BENCH_WARMUP ?? 5);
const coldServer = Object.fromEntries(roles.map((r) => [r.role, []]));
for (let i = 0; i < warmups; i++) {
  for (const r of roles.filter((role) => !failures[role.role])) {
    await load(r.token, r.supervisor).then((s) => coldServer[r.role].push(Math.round(s.interactive)))
      .catch((error) => { failures[r.role] = error.message; });
  }
}
for (const [role, times] of Object.entries(coldServer)) {
  console.log(`${role}: the ${times.length} warm-up loads after the server's start (not counted): ${times.join(', ')} ms`);
}
for (let i = 0; i < runs; i++) {
  for (const r of roles.filter((role) => !failures[role.role])) samples[r.role].push(await load(r.token, r.supervisor));
}
await browser.close();
for (const [role, message] of Object.entries(failures)) console.log(`\n${role}: FAILED: ${message}`);

const sorted = (values) => [...values].sort((a, b) => a - b);
const median = (values) => {
  const s = sorted(values);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p95 = (values) => sorted(values)[Math.max(0, Math.ceil(0.95 * values.length) - 1)];
const ms = (value) => `${Math.round(value)} ms`;
const summary = {};
for (const r of roles.filter((role) => !failures[role.role])) {
  const list = samples[r.role];
  const requestNames = [...new Set(list.flatMap((s) => s.requests.map((q) => q.query)))];
  const requests = Object.fromEntries(requestNames.map((query) => {
    const timings = list.flatMap((s) => s.requests.filter((q) => q.query === query && q.end !== undefined));
    return [query, { count: timings.length / list.length, medianStart: median(timings.map((q) => q.start)),
      medianDuration: median(timings.map((q) => q.end - q.start)), p95Duration: p95(timings.map((q) => q.end - q.start)) }];
  }));
  summary[r.role] = {
    interactiveMedian: median(list.map((s) => s.interactive)), interactiveP95: p95(list.map((s) => s.interactive)),
    domContentLoadedMedian: median(list.map((s) => s.domContentLoaded)),
    overdueRows: list[0].overdueRows, dueTodayRows: list[0].dueTodayRows,
    longTasksMedian: median(list.map((s) => s.longTasks)), requests,
  };
  console.log(`\n${r.role}: first screen interactive median ${ms(summary[r.role].interactiveMedian)}, p95 `
    + `${ms(summary[r.role].interactiveP95)} over ${list.length} cold loads (all: ${list.map((s) => Math.round(s.interactive)).join(', ')})`);
  console.log(`  DOMContentLoaded median ${ms(summary[r.role].domContentLoadedMedian)}; rows: overdue `
    + `${list[0].overdueRows}, due today ${list[0].dueTodayRows}; long tasks (median) ${summary[r.role].longTasksMedian}`);
  for (const [query, t] of Object.entries(requests)) {
    console.log(`  ${query.padEnd(38)} ×${t.count} starts at ${ms(t.medianStart)}, takes median ${ms(t.medianDuration)}`
      + ` (p95 ${ms(t.p95Duration)})`);
  }
}
if (Object.keys(failures).length) process.exitCode = 1;
if (BENCH_OUT) writeFileSync(BENCH_OUT, JSON.stringify({ summary, failures, samples }, null, 2));
