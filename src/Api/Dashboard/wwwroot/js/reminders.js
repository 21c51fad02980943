// The live reminders panel: stored reminders first, then `onReminder` resumed with `after:` the last id seen, so a
// reconnect neither loses nor repeats one. Mark read and dismiss are the public mutations.
import { gql, token } from './api.js';
import { subscribeLive } from './live.js';
import { t, formatTime } from './i18n.js';

const fields = 'id kind message dueAt issuedAt readAt dismissedAt customerId version';
const subscription = `subscription($after: ID) { onReminder(after: $after) { ${fields} } }`;

export async function startReminders(me, onFatal) {
  const list = document.getElementById('reminder-list');
  const status = document.getElementById('live-status');
  const shown = new Map();
  const lastKey = `crm.lastReminder.${me.id}`;

  const stored = await gql(`{ reminders(where: { isDismissed: { eq: false } }, order: [{ issuedAt: DESC }], first: 30)
    { nodes { ${fields} } } latest: reminders(order: [{ issuedAt: DESC }], first: 1) { nodes { id } } }`);
  for (const reminder of stored.reminders.nodes.reverse()) show(reminder);
  let last = localStorage.getItem(lastKey) ?? stored.latest.nodes[0]?.id ?? null;

  function show(reminder) {
    if (reminder.dismissedAt) {
      shown.get(reminder.id)?.element.remove();
      shown.delete(reminder.id);
      return;
    }
    const existing = shown.get(reminder.id);
    const element = existing?.element ?? document.createElement('li');
    element.dataset.id = reminder.id;
    element.dataset.kind = reminder.kind;
    element.classList.toggle('read', Boolean(reminder.readAt));
    element.replaceChildren(...render(reminder));
    if (!existing) list.prepend(element);
    shown.set(reminder.id, { reminder, element });
  }

  function render(reminder) {
    const message = Object.assign(document.createElement('div'), { className: 'message', textContent: reminder.message });
    const when = Object.assign(document.createElement('div'), { className: 'muted', textContent: formatTime(reminder.dueAt) });
    const actions = Object.assign(document.createElement('div'), { className: 'actions' });
    if (!reminder.readAt) actions.append(button('markRead', 'markReminderRead', reminder));
    actions.append(button('dismiss', 'dismissReminder', reminder));
    return [message, when, actions];
  }

  function button(label, mutation, reminder) {
    const element = Object.assign(document.createElement('button'), { type: 'button', className: 'secondary' });
    element.textContent = t(label);
    element.setAttribute('aria-label', `${t(label)}: ${reminder.message}`);
    element.addEventListener('click', async () => {
      element.disabled = true;
      try {
        const data = await gql(`mutation($id: ID!) { result: ${mutation}(input: { reminderId: $id })
          { reminder { ${fields} } errors { __typename ... on Error { message } } } }`, { id: reminder.id });
        if (data.result.errors?.length) throw new Error(data.result.errors.map((e) => e.message).join('; '));
        show(data.result.reminder);
      } catch (error) {
        element.disabled = false;
        status.textContent = t('error') + error.message;
      }
    });
    return element;
  }

  return subscribeLive({
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
}
