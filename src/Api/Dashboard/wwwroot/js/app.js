// Entry point: sign-in with a pasted token, the tabs (Today, Monthly review) and the live reminders panel.
import { gql, token, GraphQLError } from './api.js';
import { setLanguage, currentLanguage, t } from './i18n.js';
import { renderToday } from './today.js';
import { renderReviewShell, loadReview } from './review.js';
import { startReminders } from './reminders.js';

const $ = (id) => document.getElementById(id);
let live = null;

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
  if (token.get()) await showApp().catch(fail);
  else showSignIn();
}

function showSignIn(message = '') {
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

async function showApp() {
  const { me } = await gql('{ me { id login displayName role team { name timeZone } } }');
  $('sign-in').hidden = true;
  $('app').hidden = false;
  $('sign-out').hidden = false;
  $('who').textContent = `${me.displayName} (${me.role})`;
  document.body.dataset.role = me.role;
  document.getElementById('reminder-list').replaceChildren();
  live?.stop();
  live = await startReminders(me, (message) => { $('live-status').textContent = t('error') + message; });
  window.crmDashboard = { live };
  renderReviewShell($('panel-review'));
  await renderToday($('panel-today'));
  document.body.dataset.ready = 'true';
}

// WAI-ARIA tabs: arrow keys move between tabs, Enter/Space or click selects.
function setUpTabs() {
  const tabs = [...document.querySelectorAll('[role=tab]')];
  const select = (tab) => {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      $(other.getAttribute('aria-controls')).hidden = !selected;
    }
    tab.focus();
    if (tab.id === 'tab-review') loadReview($('panel-review'));
    if (tab.id === 'tab-today') renderToday($('panel-today')).catch(fail);
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
