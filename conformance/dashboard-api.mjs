// The public API calls the dashboard test makes to set up its data (the page itself is what is under test).
const { CRM_URL } = process.env;

export async function gql(token, query, variables = {}) {
  const response = await fetch(CRM_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

// Runs a mutation whose payload has `errors`, and returns the payload's `field` (throws on errors).
export async function mutate(token, name, input, field, selection = 'id') {
  const typeName = `${name[0].toUpperCase()}${name.slice(1)}Input`;
  const data = await gql(token, `mutation($input: ${typeName}!) { result: ${name}(input: $input) {
    ${field} { ${selection} } errors { __typename ... on Error { message } } } }`, { input });
  if (!data.result[field]) throw new Error(`${name}: ${JSON.stringify(data.result.errors)}`);
  return data.result[field];
}

export async function createCustomer(token, name, source = 'REFERRAL') {
  const customer = await mutate(token, 'createCustomer',
    { name, kind: 'ORGANIZATION', source, createAnyway: true }, 'customer');
  return customer.id;
}

export async function customerWithOverduePlan(token, name, dueAt = new Date(Date.now() - 2 * 3600 * 1000).toISOString()) {
  const id = await createCustomer(token, name);
  await mutate(token, 'planFollowUp', { customerId: id, dueAt, channel: 'PHONE', purpose: 'NEEDS_DISCOVERY' }, 'plan');
  return id;
}

// A contact, a deal, a service request and `followUps` past follow-ups (one a day, the
// newest a day ago: the team caps follow-ups per customer and day).
export async function fillCustomer(token, customerId, run, followUps) {
  await mutate(token, 'addContact', { customerId, name: `王经理-${run}`, title: '采购经理', isKeyDecisionMaker: true },
    'customer');
  await mutate(token, 'openDeal', { customerId, product: `年度服务-${run}`, amount: 12000, currency: 'CNY' }, 'deal');
  await mutate(token, 'recordService', { customerId, type: 'CONSULTATION', content: `咨询发票-${run}` }, 'service');
  for (let i = followUps; i >= 1; i--) {
    const happenedAt = new Date(Date.now() - i * 24 * 3600 * 1000).toISOString();
    await mutate(token, 'recordFollowUp', { customerId, channel: 'PHONE', purpose: 'NEEDS_DISCOVERY',
      content: `第${followUps - i + 1}次沟通-${run}`, happenedAt }, 'recorded', 'record { id }');
  }
}

export async function addKeyDate(token, customerId, date, label) {
  await mutate(token, 'addKeyDate', { customerId, date, kind: 'CUSTOM', label, recursYearly: false }, 'customer');
}

export async function plan(token, id) {
  const data = await gql(token, 'query($id: ID!) { node(id: $id) { ... on FollowUpPlan { dueAt status customerId } } }',
    { id });
  return data.node;
}

export async function snooze(token, reminderId, until) {
  return mutate(token, 'snoozeReminder', { reminderId, until }, 'reminder', 'id snoozedUntil');
}
