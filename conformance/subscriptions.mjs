// Drives a running CrmGraph with the real graphql-ws (graphql-transport-ws) and graphql-sse clients.
// CRM_URL is the HTTP GraphQL endpoint, CRM_TOKEN a bearer token. Prints one line per check; exit 1 on failure.
import { createClient as createWsClient } from 'graphql-ws';
import { createClient as createSseClient } from 'graphql-sse';
import WebSocket from 'ws';

const url = process.env.CRM_URL;
const token = process.env.CRM_TOKEN;
const wsUrl = url.replace(/^http/, 'ws');
const results = [];

async function check(name, fn) {
  try {
    await fn();
    results.push(true);
    console.log(`OK    ${name}`);
  } catch (error) {
    results.push(false);
    console.log(`FAIL  ${name} :: ${error?.message ?? error}`);
  }
}

const timeout = (ms, what) => new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms));

async function createCustomer(name) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } } }', variables: { input: { name, kind: 'INDIVIDUAL' } } }),
  });
  const body = await response.json();
  if (!body.data?.createCustomer?.customer) throw new Error(`createCustomer failed: ${JSON.stringify(body)}`);
}

// Subscribes, waits until the server has the subscription, triggers a change, resolves with the first event.
async function firstEvent(subscribe, name) {
  let resolveEvent;
  const event = new Promise((resolve) => (resolveEvent = resolve));
  const dispose = subscribe((value) => resolveEvent(value));
  await new Promise((r) => setTimeout(r, 500));
  await createCustomer(name);
  try {
    return await Promise.race([event, timeout(5000, 'the onCustomerChanged event')]);
  } finally {
    dispose();
  }
}

const subscription = 'subscription { onCustomerChanged { change customer { name } } }';

await check('graphql-ws: query over the socket', async () => {
  const client = createWsClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  try {
    const result = await new Promise((resolve, reject) => {
      let value;
      client.subscribe({ query: '{ me { login } }' }, { next: (v) => (value = v), error: reject, complete: () => resolve(value) });
    });
    if (result?.data?.me?.login !== 'admin') throw new Error(JSON.stringify(result));
  } finally {
    await client.dispose();
  }
});

await check('graphql-ws: onCustomerChanged delivers a change made over HTTP', async () => {
  const client = createWsClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  try {
    const event = await firstEvent((onNext) => client.subscribe({ query: subscription }, { next: onNext, error: (e) => console.error(e), complete: () => {} }), 'ws-客户');
    if (event?.data?.onCustomerChanged?.customer?.name !== 'ws-客户') throw new Error(JSON.stringify(event));
  } finally {
    await client.dispose();
  }
});

await check('graphql-ws: a bad token is refused with close code 4403', async () => {
  const code = await new Promise((resolve) => {
    const client = createWsClient({
      url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: 'Bearer nope' }, retryAttempts: 0,
      on: { closed: (event) => resolve(event.code) },
    });
    client.subscribe({ query: '{ __typename }' }, { next: () => {}, error: () => {}, complete: () => {} });
  });
  if (code !== 4403) throw new Error(`closed with ${code}`);
});

await check('graphql-sse: onCustomerChanged delivers a change made over HTTP', async () => {
  const client = createSseClient({ url, headers: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  try {
    const event = await firstEvent((onNext) => client.subscribe({ query: subscription }, { next: onNext, error: (e) => console.error(e), complete: () => {} }), 'sse-客户');
    if (event?.data?.onCustomerChanged?.customer?.name !== 'sse-客户') throw new Error(JSON.stringify(event));
  } finally {
    client.dispose();
  }
});

await check('graphql-sse: a query streams one result and completes', async () => {
  const client = createSseClient({ url, headers: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  try {
    const result = await Promise.race([
      new Promise((resolve, reject) => {
        let value;
        client.subscribe({ query: '{ me { login } }' }, { next: (v) => (value = v), error: reject, complete: () => resolve(value) });
      }),
      timeout(5000, 'the query result'),
    ]);
    if (result?.data?.me?.login !== 'admin') throw new Error(JSON.stringify(result));
  } finally {
    client.dispose();
  }
});

const failed = results.filter((ok) => !ok).length;
console.log(`subscription clients: ${results.length - failed} ok, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
