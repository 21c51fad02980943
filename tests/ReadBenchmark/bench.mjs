// Drives the servers of the read benchmark (issue #16) with autocannon — CrmGraph, the raw endpoint, PostGraphile two
// ways (its own fields under row-level security, as its users deploy it, and functions sending our SQL) and, with
// BENCH_BASE_URL, a baseline CrmGraph build as "CrmGraph (baseline)": checks that they answer the same rows
// in the same order, then measures each scenario in interleaved rounds (CrmGraph, raw, PostGraphile, CrmGraph, …)
// and prints req/s, p50, p99 and the server process's CPU per request. Started by run.sh, which passes everything
// below as environment variables; only loopback targets.
import autocannon from 'autocannon';
import { readFileSync, writeFileSync } from 'node:fs';

const env = (name, fallback) => process.env[name] ?? fallback ?? (() => { throw new Error(`${name} is not set`); })();
const connections = Number(env('BENCH_CONNECTIONS', '16'));
const duration = Number(env('BENCH_SECONDS', '10'));
const rounds = Number(env('BENCH_ROUNDS', '3'));
const [me, team, supervisor, owner, customer] =
  ['BENCH_ME', 'BENCH_TEAM', 'BENCH_SUPERVISOR', 'BENCH_OWNER', 'BENCH_CUSTOMER'].map(n => env(n));
const servers = {
  CrmGraph: { url: env('BENCH_CRM_URL'), pid: env('BENCH_CRM_PID') },
  'raw Npgsql': { url: env('BENCH_RAW_URL'), pid: env('BENCH_RAW_PID') },
  'PostGraphile (RLS)': { url: env('BENCH_PG_URL'), pid: env('BENCH_PG_PID') },
  PostGraphile: { url: env('BENCH_PG_URL'), pid: env('BENCH_PG_PID') },
};
// Another CrmGraph build (run.sh's CRM_READ_BENCHMARK_BASELINE): the same requests and checks as CrmGraph's.
const base = 'CrmGraph (baseline)';
if (process.env.BENCH_BASE_URL) {
  const ordered = { CrmGraph: servers.CrmGraph, [base]: { url: env('BENCH_BASE_URL'), pid: env('BENCH_BASE_PID') } };
  for (const name of ['raw Npgsql', 'PostGraphile (RLS)', 'PostGraphile']) ordered[name] = servers[name];
  for (const name of Object.keys(servers)) delete servers[name];
  Object.assign(servers, ordered);
}
for (const s of Object.values(servers)) {
  if (!/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(s.url)) throw new Error(`not a loopback target: ${s.url}`);
}

const globalId = (type, id) => Buffer.from(`${type}:${id.replaceAll('-', '')}`).toString('base64');
const guid = g => {
  const [, hex] = Buffer.from(g, 'base64').toString().split(':');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
const graphql = (token, query) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  body: JSON.stringify({ query }),
});
const get = path => ({ method: 'GET', path });
// A customer and its open deals (deals compared by id: the order of `openDeals` is not what is measured).
const detail = (customerRow, deals) => [customerRow, ...deals.sort((a, b) => (a[0] < b[0] ? -1 : 1))];

const scenarios = [
  {
    name: "salesperson's first page, 50 by name",
    CrmGraph: graphql(env('BENCH_SALES_TOKEN'), '{ customers(first: 50, order: [{ name: ASC }]) { nodes { id name } } }'),
    'raw Npgsql': get(`/salesperson-page?me=${me}&team=${team}&n=50`),
    'PostGraphile (RLS)': graphql(env('BENCH_PG_SALES_TOKEN'), '{ allCustomers(first: 50, orderBy: [NAME_ASC, ID_ASC]) { nodes { id name } } }'),
    PostGraphile: graphql(null, `{ salespersonPage(me: "${me}", team: "${team}", n: 50, first: 50) { nodes { id name } } }`),
    rows: {
      CrmGraph: b => b.data.customers.nodes.map(n => [guid(n.id), n.name]),
      'raw Npgsql': b => b.map(n => [n.id, n.name]),
      'PostGraphile (RLS)': b => b.data.allCustomers.nodes.map(n => [n.id, n.name]),
      PostGraphile: b => b.data.salespersonPage.nodes.map(n => [n.id, n.name]),
    },
  },
  {
    name: "supervisor's page filtered to one owner, 50 by name",
    CrmGraph: graphql(env('BENCH_SUPERVISOR_TOKEN'), `{ customers(first: 50, where: { ownerId: { eq: "${globalId('User', owner)}" } }, order: [{ name: ASC }]) { nodes { id name } } }`),
    'raw Npgsql': get(`/owner-page?me=${supervisor}&team=${team}&owner=${owner}&n=50`),
    'PostGraphile (RLS)': graphql(env('BENCH_PG_SUPERVISOR_TOKEN'), `{ allCustomers(first: 50, condition: { ownerId: "${owner}" }, orderBy: [NAME_ASC, ID_ASC]) { nodes { id name } } }`),
    PostGraphile: graphql(null, `{ ownerPage(me: "${supervisor}", team: "${team}", owner: "${owner}", n: 50, first: 50) { nodes { id name } } }`),
    rows: {
      CrmGraph: b => b.data.customers.nodes.map(n => [guid(n.id), n.name]),
      'raw Npgsql': b => b.map(n => [n.id, n.name]),
      'PostGraphile (RLS)': b => b.data.allCustomers.nodes.map(n => [n.id, n.name]),
      PostGraphile: b => b.data.ownerPage.nodes.map(n => [n.id, n.name]),
    },
  },
  {
    name: 'customer detail (id name stage grade, open deals)',
    CrmGraph: graphql(env('BENCH_SALES_TOKEN'), `{ node(id: "${globalId('Customer', customer)}") { ... on Customer { id name stage grade openDeals { id amount } } } }`),
    'raw Npgsql': get(`/customer?me=${me}&team=${team}&id=${customer}`),
    'PostGraphile (RLS)': graphql(env('BENCH_PG_SALES_TOKEN'), `{ customerById(id: "${customer}") { id name stage grade dealsByCustomerId(condition: { status: "Open" }, orderBy: [OPENED_AT_DESC, ID_DESC]) { nodes { id amount } } } }`),
    PostGraphile: graphql(null, `{ customerDetail(me: "${me}", team: "${team}", customerId: "${customer}") { id name stage grade dealsByCustomerId(condition: { status: "Open" }, orderBy: [OPENED_AT_DESC, ID_DESC]) { nodes { id amount } } } }`),
    rows: {
      CrmGraph: b => detail([guid(b.data.node.id), b.data.node.name], b.data.node.openDeals.map(d => [guid(d.id), Number(d.amount)])),
      'raw Npgsql': b => detail([b.id, b.name], b.openDeals.map(d => [d.id, Number(d.amount)])),
      'PostGraphile (RLS)': b => detail([b.data.customerById.id, b.data.customerById.name],
        b.data.customerById.dealsByCustomerId.nodes.map(d => [d.id, Number(d.amount)])),
      PostGraphile: b => detail([b.data.customerDetail.id, b.data.customerDetail.name],
        b.data.customerDetail.dealsByCustomerId.nodes.map(d => [d.id, Number(d.amount)])),
    },
  },
];

const request = (scenario, server) => scenario[server === base ? 'CrmGraph' : server];
const rowsOf = (scenario, server) => scenario.rows[server === base ? 'CrmGraph' : server];

async function once(server, request) {
  const response = await fetch(servers[server].url + (request.path ?? ''), {
    method: request.method, headers: request.headers, body: request.body,
  });
  const body = await response.json();
  if (!response.ok || body.errors) throw new Error(`${server}: ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
  return body;
}

// Same rows, same order, before anything is measured.
for (const scenario of scenarios) {
  const answers = {};
  for (const server of Object.keys(servers)) {
    answers[server] = rowsOf(scenario, server)(await once(server, request(scenario, server)));
  }
  const expected = JSON.stringify(answers.CrmGraph);
  for (const [server, rows] of Object.entries(answers)) {
    if (JSON.stringify(rows) !== expected) {
      throw new Error(`${scenario.name}: ${server} answers differently:\n${JSON.stringify(rows)}\nCrmGraph:\n${expected}`);
    }
  }
  console.log(`[check] ${scenario.name}: ${answers.CrmGraph.length} rows, the same from all ${Object.keys(servers).length}`);
}

const ticks = pid => {
  // utime + stime of the process, in clock ticks (100 a second on Linux).
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]);
};

async function measure(server, request, seconds) {
  const before = ticks(servers[server].pid);
  const result = await autocannon({
    url: servers[server].url + (request.path ?? ''), method: request.method, headers: request.headers,
    body: request.body, connections, duration: seconds,
  });
  const cpuMs = (ticks(servers[server].pid) - before) * 10;
  const ok = result['2xx'];
  if (result.non2xx > 0 || result.errors > 0 || ok === 0) {
    throw new Error(`${server}: ${result.non2xx} non-2xx, ${result.errors} errors, ${ok} ok`);
  }
  return { reqPerSec: ok / result.duration, p50: result.latency.p50, p99: result.latency.p99, cpuPerRequest: cpuMs / ok };
}

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = [];
for (const scenario of scenarios) {
  for (const server of Object.keys(servers)) await measure(server, request(scenario, server), 3); // warm-up, not counted
  const runs = Object.fromEntries(Object.keys(servers).map(s => [s, []]));
  for (let round = 1; round <= rounds; round++) {
    for (const server of Object.keys(servers)) {
      const run = await measure(server, request(scenario, server), duration);
      runs[server].push(run);
      console.log(`[round ${round}] ${scenario.name} · ${server}: ${run.reqPerSec.toFixed(0)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms, CPU ${run.cpuPerRequest.toFixed(2)} ms/req`);
    }
  }
  const summary = Object.fromEntries(Object.entries(runs).map(([server, list]) => [server, {
    reqPerSec: median(list.map(r => r.reqPerSec)), p50: median(list.map(r => r.p50)),
    p99: median(list.map(r => r.p99)), cpuPerRequest: median(list.map(r => r.cpuPerRequest)),
  }]));
  results.push({ scenario: scenario.name, summary, runs });
}

const cell = s => `${s.reqPerSec.toFixed(0)} (${s.p50} / ${s.p99} ms), ${s.cpuPerRequest.toFixed(2)} ms CPU`;
const withBase = base in servers;
const ratio = (a, b) => (a / b).toFixed(2);
const lines = [
  `| what (${connections} connections, median of ${rounds} interleaved ${duration} s rounds) | CrmGraph |${withBase ? ` ${base} (${process.env.BENCH_BASE_REF ?? ''}) |` : ''} raw Npgsql | PostGraphile (RLS) | PostGraphile (our SQL) | CrmGraph ÷ raw | CrmGraph ÷ PostGraphile (RLS) | CrmGraph ÷ PostGraphile (our SQL) |${withBase ? ' req/s new ÷ baseline | CPU/req new ÷ baseline | baseline ÷ raw | baseline ÷ PostGraphile |' : ''}`,
  `|---|---|---|---|---|---|---|---|${withBase ? '---|---|---|---|---|' : ''}`,
  ...results.map(({ scenario, summary: s }) => `| ${scenario} | ${cell(s.CrmGraph)} |${withBase ? ` ${cell(s[base])} |` : ''} ${cell(s['raw Npgsql'])} | ${cell(s['PostGraphile (RLS)'])} | ${cell(s.PostGraphile)} | ${ratio(s.CrmGraph.reqPerSec, s['raw Npgsql'].reqPerSec)} | ${ratio(s.CrmGraph.reqPerSec, s['PostGraphile (RLS)'].reqPerSec)} | ${ratio(s.CrmGraph.reqPerSec, s.PostGraphile.reqPerSec)} |`
    + (withBase ? ` ${ratio(s.CrmGraph.reqPerSec, s[base].reqPerSec)} | ${ratio(s.CrmGraph.cpuPerRequest, s[base].cpuPerRequest)} | ${ratio(s[base].reqPerSec, s['raw Npgsql'].reqPerSec)} | ${ratio(s[base].reqPerSec, s.PostGraphile.reqPerSec)} |` : '')),
];
console.log('\nreq/s (p50 / p99), server process CPU per request\n' + lines.join('\n'));
if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, JSON.stringify(results, null, 2));
