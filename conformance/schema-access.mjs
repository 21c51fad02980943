// Production schema access as tools use it (ADR-035): with a permitted token the standard introspection query from
// `graphql` (getIntrospectionQuery) succeeds and builds a client schema, and @graphql-codegen/cli generates TypeScript
// types from the live endpoint; without a token, and with a token whose role may not read the schema, both the
// introspection query and GET /graphql/schema.graphql are refused.
// CRM_URL: the GraphQL endpoint; CRM_TOKEN: a permitted token; CRM_OTHER_TOKEN: a token that is not permitted.
import { buildClientSchema, getIntrospectionQuery, isSpecifiedScalarType } from 'graphql';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const url = process.env.CRM_URL;
const permitted = process.env.CRM_TOKEN;
const other = process.env.CRM_OTHER_TOKEN;
const sdlUrl = `${url}/schema.graphql`;
const failures = [];

async function check(name, fn) {
  try {
    await fn();
    console.log(`OK    ${name}`);
  } catch (error) {
    failures.push(name);
    console.log(`FAIL  ${name} :: ${error?.message ?? error}`);
  }
}

const assert = (condition, message) => {
  if (!condition) throw new Error(message);
};

async function introspect(token) {
  const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: getIntrospectionQuery() }) });
  return { status: response.status, body: await response.json() };
}

async function download(token) {
  const response = await fetch(sdlUrl, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, text: await response.text() };
}

await check('a permitted token runs getIntrospectionQuery() and builds the client schema', async () => {
  const { status, body } = await introspect(permitted);
  assert(status === 200 && !body.errors, `${status} ${JSON.stringify(body.errors)}`);
  const schema = buildClientSchema(body.data);
  assert(schema.getType('Customer') && schema.getMutationType()?.getFields().createCustomer, 'Customer or createCustomer missing');
});

await check('a permitted token downloads /graphql/schema.graphql, the same schema introspection gives', async () => {
  const { status, text } = await download(permitted);
  assert(status === 200 && text.includes('type Query'), `${status} ${text.slice(0, 200)}`);
  const { body } = await introspect(permitted);
  const client = buildClientSchema(body.data);
  const schemaOf = (name) => client.getType(name);
  const fromIntrospection = new Set(Object.keys(client.getTypeMap()).filter((n) => !n.startsWith('__') && !isSpecifiedScalarType(schemaOf(n))));
  const missing = [...fromIntrospection].filter((name) => !new RegExp(`^(type|input|enum|scalar|interface|union) ${name}\\b`, 'm').test(text));
  assert(missing.length === 0, `types missing from the SDL: ${missing.join(', ')}`);
});

await check('@graphql-codegen/cli generates TypeScript types from the live endpoint', async () => {
  const work = mkdtempSync(join(tmpdir(), 'crmgraph-codegen-'));
  try {
    const config = join(work, 'codegen.json');
    const output = join(work, 'crm.ts');
    writeFileSync(config, JSON.stringify({
      overwrite: true,
      schema: [{ [url]: { headers: { Authorization: `Bearer ${permitted}` } } }],
      generates: { [output]: { plugins: ['typescript'] } },
    }));
    const run = spawnSync(process.execPath, ['node_modules/@graphql-codegen/cli/esm/bin.js', '--config', config],
      { encoding: 'utf8', timeout: 120_000 });
    assert(run.status === 0, `codegen exited ${run.status}: ${run.stdout}\n${run.stderr}`);
    const generated = readFileSync(output, 'utf8');
    assert(/export type Customer = [^;]*\{/.test(generated), `no Customer type in the output: ${generated.slice(0, 400)}`);
    assert(/export type RecordFollowUpInput = \{/.test(generated), 'no RecordFollowUpInput in the output');
    assert(/happenedAt\?: InputMaybe<Scalars\['DateTime'\]/.test(generated), 'happenedAt is not optional in the generated input');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

for (const [who, token] of [['an anonymous caller', undefined], ['a token whose role may not read the schema', other]]) {
  await check(`${who} is refused introspection`, async () => {
    const { status, body } = await introspect(token);
    assert(!body.data?.__schema, 'the schema was served');
    assert(body.errors?.length > 0, `no error (${status})`);
  });
  await check(`${who} is refused /graphql/schema.graphql`, async () => {
    const { status, text } = await download(token);
    assert(status === (token ? 403 : 401), `status ${status}`);
    assert(!text.includes('type Query'), 'the SDL was served');
  });
}

process.exit(failures.length === 0 ? 0 : 1);
