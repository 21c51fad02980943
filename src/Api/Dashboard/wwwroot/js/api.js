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
