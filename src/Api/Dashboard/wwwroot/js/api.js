// The public GraphQL API over HTTP: POST /graphql with the pasted token and the chosen language.
import { currentLanguage } from './i18n.js';

export const graphqlUrl = new URL('/graphql', location.href).href;

export class GraphQLError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

export const token = {
  get: () => localStorage.getItem('crm.token'),
  set: (value) => localStorage.setItem('crm.token', value),
  clear: () => localStorage.removeItem('crm.token'),
};

export async function gql(query, variables = {}) {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      'Accept-Language': currentLanguage(),
      Authorization: `Bearer ${token.get()}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json().catch(() => null);
  if (!response.ok || body?.errors?.length) {
    throw new GraphQLError(body?.errors?.map((e) => e.message).join('; ') || `HTTP ${response.status}`, response.status);
  }
  return body.data;
}

// Names of customers by id in one request, for lists that carry only customerId. `nodes` takes at most 50 ids
// (Today's lists can name 150 customers): one aliased `nodes` field per 50.
export const nodesMaxIds = 50;

export async function customerNames(ids) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const chunks = Array.from({ length: Math.ceil(unique.length / nodesMaxIds) },
    (_, i) => unique.slice(i * nodesMaxIds, (i + 1) * nodesMaxIds));
  const data = await gql(`query(${chunks.map((_, i) => `$ids${i}: [ID!]!`).join(', ')}) {${
    chunks.map((_, i) => ` c${i}: nodes(ids: $ids${i}) { ... on Customer { id name grade } }`).join('')} }`,
  Object.fromEntries(chunks.map((chunk, i) => [`ids${i}`, chunk])));
  return new Map(Object.values(data).flat().filter(Boolean).map((c) => [c.id, c]));
}
