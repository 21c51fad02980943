// The public GraphQL API over HTTP: POST /graphql with the pasted token and the chosen language (the request's shape
// is js/first-screen.js's, which index.html runs first).

export const { graphqlUrl } = globalThis.crmFirstScreen;

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
  return read(await fetch(graphqlUrl, globalThis.crmFirstScreen.request(query, variables)));
}

// A GraphQL response's data, or a GraphQLError with its messages (and the HTTP status: 401 signs out).
export async function read(response) {
  const body = await response.json().catch(() => null);
  if (!response.ok || body?.errors?.length) {
    throw new GraphQLError(body?.errors?.map((e) => e.message).join('; ') || `HTTP ${response.status}`, response.status);
  }
  return body.data;
}
