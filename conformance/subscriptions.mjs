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
// Outer bounds that only end a hung check: every wait below ends on its event, however slow the machine.
const OUTER_BOUND_MS = 120000;

async function createCustomer(name) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } } }', variables: { input: { name, kind: 'INDIVIDUAL' } } }),
  });
  const body = await response.json();
  if (!body.data?.createCustomer?.customer) throw new Error(`createCustomer failed: ${JSON.stringify(body)}`);
}

// Subscribes, then makes a change (a customer named `name-1`, `name-2`, …) once a second until the first event
// arrives, and resolves with it. Neither protocol tells the client when the server has registered the subscription,
// and a change made before that is not delivered: waiting a fixed time for it is what failed on a busy machine.
async function firstEvent(subscribe, name) {
  let received = null;
  let dispose;
  const event = new Promise((resolve) => { dispose = subscribe(resolve); });
  event.then((value) => { received = value; });
  const giveUp = Date.now() + OUTER_BOUND_MS;
  try {
    for (let i = 1; received === null; i += 1) {
      if (Date.now() > giveUp) throw new Error('timed out waiting for the onCustomerChanged event');
      await createCustomer(`${name}-${i}`);
      await Promise.race([event, new Promise((r) => setTimeout(r, 1000))]);
    }
    return received;
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
    if (!event?.data?.onCustomerChanged?.customer?.name?.startsWith('ws-客户-')) throw new Error(JSON.stringify(event));
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
    if (!event?.data?.onCustomerChanged?.customer?.name?.startsWith('sse-客户-')) throw new Error(JSON.stringify(event));
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
      timeout(OUTER_BOUND_MS, 'the query result'),
    ]);
    if (result?.data?.me?.login !== 'admin') throw new Error(JSON.stringify(result));
  } finally {
    client.dispose();
  }
});

async function graphql(query, variables) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

// A customer with a follow-up that fell due ten minutes ago: the scheduler's next scan finds it overdue.
async function overdueFollowUp(name) {
  const created = await graphql('mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } } }', { input: { name, kind: 'INDIVIDUAL' } });
  const customerId = created.data?.createCustomer?.customer?.id;
  if (!customerId) throw new Error(`createCustomer failed: ${JSON.stringify(created)}`);
  const dueAt = new Date(Date.now() - 10 * 60 * 1000).toISOString();
  const planned = await graphql('mutation($input: PlanFollowUpInput!) { planFollowUp(input: $input) { plan { id } errors { __typename } } }', { input: { customerId, dueAt, channel: 'PHONE', purpose: 'NEEDS_DISCOVERY' } });
  if (!planned.data?.planFollowUp?.plan) throw new Error(`planFollowUp failed: ${JSON.stringify(planned)}`);
  return customerId;
}

// Waits until the scheduler has stored the customer's overdue reminder (read over HTTP, nobody subscribed).
async function storedReminderAbout(customerId) {
  const giveUp = Date.now() + OUTER_BOUND_MS;
  for (;;) {
    const body = await graphql('{ reminders(order: [{ issuedAt: DESC }], first: 50) { nodes { customerId kind } } }');
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    if (body.data.reminders.nodes.some((r) => r.customerId === customerId && r.kind === 'FOLLOW_UP_OVERDUE')) return;
    if (Date.now() > giveUp) throw new Error('timed out waiting for the scheduler to store the missed reminder');
    await new Promise((r) => setTimeout(r, 250));
  }
}

// Collects onReminder events over graphql-ws until one is about the customer.
function reminderAbout(client, customerId, after, seen) {
  return new Promise((resolve, reject) => {
    client.subscribe({ query: 'subscription($after: ID) { onReminder(after: $after) { id kind customerId message } }', variables: { after } }, {
      next: (value) => {
        const reminder = value?.data?.onReminder;
        if (!reminder) return reject(new Error(JSON.stringify(value)));
        seen.push(reminder);
        if (reminder.customerId === customerId && reminder.kind === 'FOLLOW_UP_OVERDUE') resolve(reminder);
      },
      error: reject,
      complete: () => {},
    });
  });
}

await check('graphql-ws: an overdue follow-up reminder arrives without polling, and the missed one after reconnecting with after:', async () => {
  const connect = () => createWsClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  const first = connect();
  let last;
  try {
    const live = [];
    const customer = await overdueFollowUp('提醒-客户');
    last = await Promise.race([reminderAbout(first, customer, null, live), timeout(OUTER_BOUND_MS, 'the FOLLOW_UP_OVERDUE reminder')]);
  } finally {
    await first.dispose();
  }

  // Offline: another follow-up falls overdue and the scheduler stores its reminder while nobody listens.
  const missedCustomer = await overdueFollowUp('错过-客户');
  await storedReminderAbout(missedCustomer);
  const second = connect();
  try {
    const replayed = [];
    const missed = await Promise.race([reminderAbout(second, missedCustomer, last.id, replayed), timeout(OUTER_BOUND_MS, 'the missed reminder')]);
    if (replayed.some((r) => r.id === last.id)) throw new Error('the reminder received before reconnecting came again');
    if (!missed.message) throw new Error(JSON.stringify(missed));
  } finally {
    await second.dispose();
  }
});

const failed = results.filter((ok) => !ok).length;
console.log(`subscription clients: ${results.length - failed} ok, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
