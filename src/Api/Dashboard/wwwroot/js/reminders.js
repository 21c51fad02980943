// The live reminders panel: stored reminders first, then `onReminder` resumed with `after:` the last id seen, so a
// reconnect neither loses nor repeats one. Mark read, snooze and dismiss are the public mutations; a snoozed
// reminder waits in its own list until its time.
import { gql, token } from './api.js';
import { subscribeLive } from './live.js';
import { t, formatTime } from './i18n.js';
import { el } from './dom.js';

const { reminderFields: fields, storedReminders } = globalThis.crmFirstScreen;
const inAnHour = () => new Date(Date.now() + 3600 * 1000).toISOString();
const subscription = `subscription($after: ID) { onReminder(after: $after) { ${fields} } }`;

// `stored`: the stored reminders already fetched (the first screen's request), or undefined to fetch them.
export async function startReminders(me, onFatal, stored) {
  const list = document.getElementById('reminder-list');
  const status = document.getElementById('live-status');
  const snoozedBox = document.getElementById('snoozed');
  const snoozedList = document.getElementById('snoozed-list');
  const shown = new Map();
  let stopped = false;
  const lastKey = `crm.lastReminder.${me.id}`;

  stored ??= await gql(`{ ${storedReminders} }`);
  for (const reminder of stored.reminders.nodes.reverse()) show(reminder);
  let last = localStorage.getItem(lastKey) ?? stored.latest.nodes[0]?.id ?? null;

  function show(reminder) {
    // A stopped panel (sign-out, or a language switch that starts a new one) must not touch the lists again.
    if (stopped) return;
    clearTimeout(shown.get(reminder.id)?.wake);
    if (reminder.dismissedAt) {
      shown.get(reminder.id)?.element.remove();
      shown.delete(reminder.id);
      updateSnoozedCount();
      return;
    }
    const existing = shown.get(reminder.id);
    const element = existing?.element ?? document.createElement('li');
    const snoozedFor = reminder.snoozedUntil ? new Date(reminder.snoozedUntil) - Date.now() : 0;
    element.dataset.id = reminder.id;
    element.dataset.kind = reminder.kind;
    element.classList.toggle('read', Boolean(reminder.readAt));
    element.replaceChildren(...render(reminder, snoozedFor > 0));
    const target = snoozedFor > 0 ? snoozedList : list;
    if (element.parentElement !== target) target.prepend(element);
    // A snoozed reminder comes back to the list when its time comes (timers are clamped to ~24 days).
    const wake = snoozedFor > 0 ? setTimeout(() => show({ ...reminder, snoozedUntil: null }),
      Math.min(snoozedFor, 2 ** 31 - 1)) : undefined;
    shown.set(reminder.id, { reminder, element, wake });
    updateSnoozedCount();
  }

  function updateSnoozedCount() {
    snoozedBox.hidden = snoozedList.childElementCount === 0;
    snoozedBox.querySelector('.count').textContent = `(${snoozedList.childElementCount})`;
  }

  function render(reminder, snoozed) {
    const message = el('div', { className: 'message' }, reminder.message);
    const when = el('div', { className: 'muted' }, formatTime(reminder.dueAt));
    const until = snoozed && el('div', { className: 'snoozed-until', 'data-until': reminder.snoozedUntil },
      `${t('snoozedUntil')} ${formatTime(reminder.snoozedUntil)}`);
    const actions = el('div', { className: 'actions' },
      !reminder.readAt && button('markRead', 'markReminderRead', reminder),
      !snoozed && button('snooze', 'snoozeReminder', reminder, () => ({ until: inAnHour() })),
      button('dismiss', 'dismissReminder', reminder));
    return [message, when, until, actions].filter(Boolean);
  }

  function button(label, mutation, reminder, extra = () => ({})) {
    const element = el('button', { type: 'button', className: 'secondary' }, t(label));
    element.setAttribute('aria-label', `${t(label)}: ${reminder.message}`);
    element.addEventListener('click', async () => {
      element.disabled = true;
      try {
        const data = await gql(`mutation($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) {
          result: ${mutation}(input: $input) { reminder { ${fields} } errors { __typename ... on Error { message } } } }`,
        { input: { reminderId: reminder.id, ...extra() } });
        if (data.result.errors?.length) throw new Error(data.result.errors.map((e) => e.message).join('; '));
        show(data.result.reminder);
      } catch (error) {
        element.disabled = false;
        status.textContent = t('error') + error.message;
      }
    });
    return element;
  }

  const live = subscribeLive({
    token: token.get(),
    query: subscription,
    variables: () => ({ after: last }),
    onNext: (data) => {
      const reminder = data.onReminder;
      last = reminder.id;
      localStorage.setItem(lastKey, last);
      show(reminder);
    },
    onStatus: (state) => { status.textContent = t(state); status.dataset.state = state; },
    onFatal,
  });
  return {
    ...live,
    // Stops the subscription and the snooze timers and takes this panel's items out of the lists: a timer left
    // running, or an item drawn after the next panel cleared the lists, would show a reminder twice.
    stop() {
      stopped = true;
      for (const { wake, element } of shown.values()) {
        clearTimeout(wake);
        element.remove();
      }
      live.stop();
    },
  };
}
