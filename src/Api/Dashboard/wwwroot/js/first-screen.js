// The first screen's request (issue #19), as a classic script that index.html runs first, before the page's modules
// load: `me`, Today's lists with the team card's lines (a salesperson gets only their own) and the stored reminders
// in one GraphQL request, sent at once when a token is kept and Today is the first view, so the server works while
// the modules load. Its day is the browser's (the team's zone is not known yet); today.js asks again if the team's
// zone makes another day. The modules read the selections and the request's shape from `crmFirstScreen`.
'use strict';
globalThis.crmFirstScreen = (() => {
  const keyDateWindowDays = 6;
  const meFields = 'id login displayName role team { name timeZone }';
  const planFields = 'totalCount nodes { id dueAt customerId customer { name } ownerId channel purpose }';
  const todayVariableTypes =
    '$now: DateTime!, $endOfDay: DateTime!, $startOfDay: DateTime!, $keyDays: Int!, $team: Boolean!';
  // Today's lists and (with `$team`) the team card's lines (`followUpPlanCounts`).
  const todaySelection = `
    overdue: followUpPlans(where: { status: { eq: PLANNED }, dueAt: { lt: $now } }, order: [{ dueAt: ASC }],
      first: 50) { ${planFields} }
    dueToday: followUpPlans(where: { status: { eq: PLANNED }, dueAt: { gte: $now, lt: $endOfDay } },
      order: [{ dueAt: ASC }], first: 50) { ${planFields} }
    gradeA: customers(where: { grade: { eq: A }, isArchived: { eq: false }, lastContactBefore: $startOfDay },
      order: [{ name: ASC }], first: 50) { totalCount nodes { id name lastFollowUpAt } }
    keyDates: customers(where: { keyDateWithinDays: $keyDays, isArchived: { eq: false } }, order: [{ name: ASC }],
      first: 50) { totalCount nodes { id name keyDates { id kind label date recursYearly } } }
    reclaim: reminders(where: { kind: { eq: POOL_RECLAIM_WARNING }, isDismissed: { eq: false },
      dueAt: { gt: $now } }, order: [{ dueAt: ASC }], first: 50)
      { totalCount nodes { id dueAt customerId customer { name } } }
    team: followUpPlanCounts(now: $now, endOfDay: $endOfDay) @include(if: $team)
      { salesperson { id displayName } overdue dueToday }`;
  const reminderFields = 'id kind message dueAt issuedAt readAt dismissedAt snoozedUntil customerId version';
  // The stored reminders, and the newest one's id (where the live subscription resumes).
  const storedReminders = `reminders(where: { isDismissed: { eq: false } }, order: [{ issuedAt: DESC }],
    first: 30) { nodes { ${reminderFields} } } latest: reminders(order: [{ issuedAt: DESC }], first: 1)
    { nodes { id } }`;
  const graphqlUrl = new URL('/graphql', location.href).href;
  const firstScreenQuery =
    `query(${todayVariableTypes}) { me { ${meFields} } ${todaySelection} ${storedReminders} }`;

  // Every GraphQL request of the page (js/api.js): the kept token and the chosen language (js/i18n.js keeps it).
  const request = (query, variables) => ({
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      'Accept-Language': localStorage.getItem('crm.language') ?? 'zh-CN',
      Authorization: `Bearer ${localStorage.getItem('crm.token')}`,
    },
    body: JSON.stringify({ query, variables }),
  });

  // The day in the browser's own zone: local midnights, exact across daylight-saving changes.
  function ask() {
    const now = new Date();
    const midnight = (days) => new Date(now.getFullYear(), now.getMonth(), now.getDate() + days).toISOString();
    const variables = {
      now: now.toISOString(), startOfDay: midnight(0), endOfDay: midnight(1), keyDays: keyDateWindowDays, team: true,
    };
    const response = fetch(graphqlUrl, request(firstScreenQuery, variables));
    response.catch(() => {}); // reported by whoever takes it, not as an unhandled rejection
    return { token: localStorage.getItem('crm.token'), variables, response };
  }

  let early = localStorage.getItem('crm.token') && !/^#customer\//.test(location.hash) ? ask() : null;

  // The first screen's request ({ variables, response }): the one sent at load if it was sent with the token kept
  // now (taken once), else a new one.
  function take() {
    const started = early?.token === localStorage.getItem('crm.token') ? early : ask();
    early = null;
    return started;
  }

  return Object.freeze({
    keyDateWindowDays, meFields, todayVariableTypes, todaySelection, reminderFields, storedReminders, graphqlUrl,
    request, take,
  });
})();
