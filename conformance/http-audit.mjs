// Runs every graphql-http server audit against CRM_URL (bearer token in CRM_TOKEN) and prints one line per audit.
// Exit code 1 when any MUST-level audit fails; SHOULD/MAY failures are reported as warnings.
import { serverAudits } from 'graphql-http';

const url = process.env.CRM_URL;
const token = process.env.CRM_TOKEN;
if (!url || !token) {
  console.error('Set CRM_URL (e.g. http://127.0.0.1:5000/graphql) and CRM_TOKEN.');
  process.exit(2);
}

const fetchWithToken = (input, init = {}) =>
  fetch(input, { ...init, headers: { ...(init.headers ?? {}), authorization: `Bearer ${token}` } });

const results = [];
for (const audit of serverAudits({ url, fetchFn: fetchWithToken })) {
  const result = await audit.fn();
  results.push(result);
  const level = audit.name.split(' ')[0];
  const detail = result.status === 'ok' ? '' : ` :: ${result.reason}`;
  console.log(`${result.status.toUpperCase().padEnd(5)} ${audit.id} ${level.padEnd(6)} ${audit.name}${detail}`);
}

const mustFailures = results.filter((r) => r.status === 'error');
const warnings = results.filter((r) => r.status === 'warn');
const ok = results.filter((r) => r.status === 'ok');
console.log(`graphql-http audit: ${ok.length} ok, ${warnings.length} warnings, ${mustFailures.length} MUST failures of ${results.length}`);
process.exit(mustFailures.length === 0 ? 0 : 1);
