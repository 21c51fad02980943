// Entry point: sign-in with a pasted token, the tabs (Today, Monthly review), the customer page (#customer/ID) and
// the live reminders panel.
import { gql, read, token, GraphQLError } from './api.js';
import { setLanguage, currentLanguage, t } from './i18n.js';
import { renderToday } from './today.js';
import { renderReviewShell, loadReview } from './review.js';
import { startReminders } from './reminders.js';
import { renderCustomer } from './customer.js';
import { setTeamZone } from './zone.js';
import { label } from './labels.js';

// When the page's modules start running (the browser test checks the first request left before).
performance.mark('crm-modules-run');
const $ = (id) => document.getElementById(id);
let live = null;
// Each showApp (sign-in, reload, language switch) and sign-out starts a new generation; an older showApp still
// waiting for its requests must not draw over the newer one or leave its reminders panel subscribed.
let generation = 0;

async function start() {
  setLanguage(currentLanguage());
  $('language').value = currentLanguage();
  $('language').addEventListener('change', () => {
    setLanguage($('language').value);
    if (token.get()) showApp().catch(fail);
  });
  $('sign-in-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    token.set($('token').value.trim().replace(/^Bearer\s+/i, ''));
    await showApp().catch(fail);
  });
  $('sign-out').addEventListener('click', signOut);
  setUpTabs();
  window.addEventListener('hashchange', () => token.get() && route().catch(fail));
  if (token.get()) await showApp().catch(fail);
  else showSignIn();
}

function showSignIn(message = '') {
  generation += 1;
  live?.stop();
  live = null;
  $('app').hidden = true;
  $('sign-out').hidden = true;
  $('who').textContent = '';
  $('sign-in').hidden = false;
  $('sign-in-error').textContent = message;
  $('token').focus();
}

function signOut() {
  token.clear();
  showSignIn();
}

function fail(error) {
  if (error instanceof GraphQLError && error.status === 401) {
    token.clear();
    showSignIn(t('badToken'));
    return;
  }
  $('sign-in-error').textContent = t('error') + error.message;
  console.error(error);
}

const { meFields } = globalThis.crmFirstScreen;

// The first screen in one request (js/first-screen.js, sent while the modules loaded). Only for Today: another view
// asks for `me` alone.
async function firstScreen() {
  const { variables, response } = globalThis.crmFirstScreen.take();
  const data = await read(await response);
  return { me: data.me, variables, data };
}

const todayIsShown = () => !/^#customer\//.test(location.hash)
  && document.querySelector('[role=tab][aria-selected=true]').id === 'tab-today';

async function showApp() {
  const mine = ++generation;
  const first = todayIsShown() ? await firstScreen() : null;
  const me = first?.me ?? (await gql(`{ me { ${meFields} } }`)).me;
  if (mine !== generation) return;
  $('sign-in').hidden = true;
  $('app').hidden = false;
  $('sign-out').hidden = false;
  setTeamZone(me.team?.timeZone);
  $('who').textContent = `${me.displayName} (${label(me.role)}) · ${me.team?.timeZone ?? ''}`;
  document.body.dataset.role = me.role;
  document.getElementById('reminder-list').replaceChildren();
  document.getElementById('snoozed-list').replaceChildren();
  live?.stop();
  live = null;
  renderReviewShell($('panel-review'));
  // The reminders panel and the view load together: neither waits for the other's requests.
  const reminders = startReminders(me, (message) => { $('live-status').textContent = t('error') + message; },
    first?.data).then((started) => {
    if (mine !== generation) {
      started.stop();
      return;
    }
    live = started;
    window.crmDashboard = { live };
  });
  await Promise.all([reminders, route(first)]);
  if (mine === generation) document.body.dataset.ready = 'true';
}

// The hash picks the view: #customer/ID opens that customer; anything else shows the selected tab. `first`: the
// first screen's answer, for Today.
async function route(first) {
  const match = /^#customer\/(.+)$/.exec(location.hash);
  const selected = document.querySelector('[role=tab][aria-selected=true]');
  $('panel-customer').hidden = !match;
  for (const tab of document.querySelectorAll('[role=tab]')) {
    $(tab.getAttribute('aria-controls')).hidden = Boolean(match) || tab !== selected;
  }
  if (match) await renderCustomer($('panel-customer'), decodeURIComponent(match[1]));
  else if (selected.id === 'tab-review') await loadReview($('panel-review'));
  else await renderToday($('panel-today'), first);
}

// WAI-ARIA tabs: arrow keys move between tabs, Enter/Space or click selects.
function setUpTabs() {
  const tabs = [...document.querySelectorAll('[role=tab]')];
  const select = (tab) => {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
    }
    tab.focus();
    // Leaving a customer page: the hashchange routes; otherwise route now.
    if (location.hash) location.hash = '';
    else route().catch(fail);
  };
  tabs.forEach((tab, index) => {
    tab.addEventListener('click', () => select(tab));
    tab.addEventListener('keydown', (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (step) select(tabs[(index + step + tabs.length) % tabs.length]);
    });
  });
}

start();
