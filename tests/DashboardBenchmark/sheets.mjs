// The dashboard benchmark's dataset as the team's own spreadsheets (issue #19, docs/benchmarks.md), for the server's
// `import` verb: 客户信息表 (customers), 跟进记录 (one past follow-up per customer) and 跟进计划表 (one plan per
// customer). The records and plans are for the first RECORDS and PLANS customers (default a fifth and a quarter:
// importing 100,000 of each took too long on the shared 2-core machine). Times are the team's wall time (Asia/Shanghai, UTC+8 all year), relative to now:
// - customers spread over rep01..rep20; grades A/B/C in turn (A with the supervisor `sup` as guide); last follow-up
//   1–90 days ago;
// - plans: every 20th customer's overdue (due 1 hour to 14 days ago), every 50th due later today, the rest in the next 60 days.
// Usage: node sheets.mjs OUT_DIR CUSTOMERS [RECORDS] [PLANS]
import { createWriteStream } from 'node:fs';
import path from 'node:path';

const [out, countText, recordsText, plansText] = process.argv.slice(2);
const customers = Number(countText ?? 100000);
const records = Number(recordsText ?? Math.ceil(customers / 5));
const plans = Number(plansText ?? Math.ceil(customers / 4));
const reps = 20;
const hour = 3600 * 1000;
const day = 24 * hour;
const teamOffset = 8 * hour;
const now = Date.now();
const teamDayEnd = Math.floor((now + teamOffset) / day) * day + day - teamOffset;
// Due-today plans between 45 minutes from now (after seeding) and the end of the team's day, when there is room.
const todayFrom = now + 45 * 60 * 1000;
const todaySpan = Math.max(0, teamDayEnd - 60 * 1000 - todayFrom);

// "2026-12-04 15:30" in the team's wall time.
const wall = (instant) => new Date(instant + teamOffset).toISOString().slice(0, 16).replace('T', ' ');
const name = (i) => `客户${String(i).padStart(6, '0')}`;
const rep = (i) => `rep${String(1 + (i % reps)).padStart(2, '0')}`;
const grade = (i) => ['A级', 'B级', 'C级'][i % 3];
const channels = ['电话', '微信', '面谈', '上门'];

async function write(file, rows, header, line) {
  const stream = createWriteStream(path.join(out, file));
  stream.write(`\uFEFF${header}\n`);
  for (let i = 0; i < rows; i++) {
    if (!stream.write(`${line(i)}\n`)) await new Promise((resolve) => stream.once('drain', resolve));
  }
  await new Promise((resolve, reject) => stream.end((error) => (error ? reject(error) : resolve())));
}

function planDue(i) {
  if (i % 20 === 0) return now - hour - ((i * 7919) % (14 * day - hour));
  if (i % 50 === 1 && todaySpan > 0) return todayFrom + ((i * 104729) % todaySpan);
  return teamDayEnd + hour + ((i * 7919) % (60 * day));
}

const lastContact = (i) => now - day - ((i * 15485863) % (89 * day));
await write('customers.csv', customers, '客户名称,客户类型,联系人,联系电话,行业,客户来源,首次接触时间,需求产品,客户等级,指导主管,负责人',
  (i) => `${name(i)},企业,王总${i},138${String(i).padStart(8, '0')},软件,展会,${wall(lastContact(i) - 30 * day)},CRM 系统,`
    + `${grade(i)},${i % 3 === 0 ? 'sup' : ''},${rep(i)}`);
await write('records.csv', records, '客户名称,跟进时间,跟进方式,沟通内容,跟进人',
  (i) => `${name(i)},${wall(lastContact(i))},${channels[i % 4]},了解需求 ${i},${rep(i)}`);
await write('plans.csv', plans, '客户名称,计划跟进时间,跟进方式,准备内容,负责人',
  (i) => `${name(i)},${wall(planDue(i))},${channels[(i + 1) % 4]},回访 ${i},${rep(i)}`);
console.log(JSON.stringify({ customers, records, plans, overdue: Math.ceil(plans / 20), dueTodayWindowMinutes: Math.round(todaySpan / 60000) }));
