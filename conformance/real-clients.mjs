// Real application clients against a running CrmGraph: Apollo Client (query, mutation, subscription over
// GraphQLWsLink, normalized cache by __typename + id), urql (@urql/core with the graphql-ws subscription exchange)
// and a multipart upload through apollo-upload-client. CRM_URL: the HTTP endpoint; CRM_TOKEN: a bearer token.
// Prints one line per check; exit 1 on failure.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { Client as UrqlClient, cacheExchange, fetchExchange, subscriptionExchange } from '@urql/core';
import UploadHttpLink from 'apollo-upload-client/UploadHttpLink.mjs';
import { createClient as createWsClient } from 'graphql-ws';
import WebSocket from 'ws';

const url = process.env.CRM_URL;
const token = process.env.CRM_TOKEN;
const wsUrl = url.replace(/^http/, 'ws');
const failures = [];
const headers = { authorization: `Bearer ${token}` };

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
const within = (ms, what, promise) => Promise.race([promise,
  new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms))]);

function wsClient() {
  return createWsClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
}

const CREATE = gql`mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id name } } }`;
const CUSTOMER = gql`query($id: ID!) { node(id: $id) { __typename id ... on Customer { name } } }`;
const CHANGED = gql`subscription { onCustomerChanged { change customer { id name } } }`;

// --- Apollo Client ---
const ws = wsClient();
const apollo = new ApolloClient({
  cache: new InMemoryCache(),
  link: ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    new GraphQLWsLink(ws),
    new HttpLink({ uri: url, headers }),
  ),
});

let apolloCustomer;
await check('@apollo/client: mutation createCustomer', async () => {
  const { data } = await apollo.mutate({ mutation: CREATE, variables: { input: { name: 'Apollo 客户', kind: 'INDIVIDUAL' } } });
  apolloCustomer = data.createCustomer.customer;
  assert(apolloCustomer?.id && apolloCustomer.name === 'Apollo 客户', JSON.stringify(data));
});

await check('@apollo/client: query, normalized into the cache by __typename and id', async () => {
  const { data } = await apollo.query({ query: CUSTOMER, variables: { id: apolloCustomer.id } });
  assert(data.node?.name === 'Apollo 客户', JSON.stringify(data));
  const cached = apollo.cache.identify({ __typename: 'Customer', id: apolloCustomer.id });
  assert(apollo.cache.extract()[cached]?.name === 'Apollo 客户', `no normalized entry ${cached}`);
});

await check('@apollo/client: subscription over GraphQLWsLink receives a change made over HTTP', async () => {
  const event = new Promise((resolve, reject) => {
    const subscription = apollo.subscribe({ query: CHANGED }).subscribe({
      next: (result) => {
        if (result.data?.onCustomerChanged?.customer?.name === 'Apollo 订阅') {
          subscription.unsubscribe();
          resolve(result.data.onCustomerChanged);
        }
      },
      error: reject,
    });
  });
  // Keep changing until the subscription sees one (the first may come before the server has the subscription);
  // the bound of 600 attempts only ends a hung run.
  let seen;
  event.then((value) => (seen = value));
  for (let attempt = 0; attempt < 600 && !seen; attempt++) {
    await apollo.mutate({ mutation: CREATE, variables: { input: { name: 'Apollo 订阅', kind: 'INDIVIDUAL' } } });
    await within(500, 'the change', event).catch(() => {});
  }

  assert(seen?.customer?.name === 'Apollo 订阅', 'no change arrived');
});
await ws.dispose();

// --- urql ---
const urqlWs = wsClient();
const urql = new UrqlClient({
  url,
  fetchOptions: { headers },
  exchanges: [cacheExchange, fetchExchange, subscriptionExchange({
    forwardSubscription: (request) => ({
      subscribe: (sink) => ({ unsubscribe: urqlWs.subscribe({ ...request, query: request.query ?? '' }, sink) }),
    }),
  })],
});

let urqlCustomer;
await check('urql: mutation and query over HTTP', async () => {
  const created = await urql.mutation(CREATE, { input: { name: 'urql 客户', kind: 'INDIVIDUAL' } }).toPromise();
  assert(!created.error, created.error?.message);
  urqlCustomer = created.data.createCustomer.customer;
  const read = await urql.query(CUSTOMER, { id: urqlCustomer.id }).toPromise();
  assert(read.data?.node?.name === 'urql 客户', JSON.stringify(read.data ?? read.error?.message));
});

await check('urql: subscription through the graphql-ws exchange receives a change', async () => {
  let seen;
  const { unsubscribe } = urql.subscription(CHANGED, {}).subscribe((result) => {
    if (result.data?.onCustomerChanged?.customer?.name === 'urql 订阅') seen = result.data.onCustomerChanged;
  });
  try {
    for (let attempt = 0; attempt < 600 && !seen; attempt++) {
      await urql.mutation(CREATE, { input: { name: 'urql 订阅', kind: 'INDIVIDUAL' } }).toPromise();
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    unsubscribe();
  }

  assert(seen?.customer?.name === 'urql 订阅', 'no change arrived');
});
await urqlWs.dispose();

// --- apollo-upload-client ---
await check('apollo-upload-client: a multipart upload reaches importSpreadsheet (dry run)', async () => {
  const uploads = new ApolloClient({
    cache: new InMemoryCache(),
    link: new UploadHttpLink({ uri: url, headers: { ...headers, 'Apollo-Require-Preflight': 'true' } }),
  });
  const file = new File(['客户名称\n上传测试客户\n'], 'apollo-upload.csv', { type: 'text/csv' });
  const { data } = await uploads.mutate({
    mutation: gql`mutation($input: ImportSpreadsheetInput!) {
      importSpreadsheet(input: $input) { report { fileName dryRun } errors { __typename ... on Error { code message } } } }`,
    variables: { input: { file, template: 'CUSTOMERS', dryRun: true } },
  });
  const payload = data.importSpreadsheet;
  assert(payload.report?.fileName === 'apollo-upload.csv' && payload.report.dryRun, JSON.stringify(payload));
});

process.exit(failures.length === 0 ? 0 : 1);
