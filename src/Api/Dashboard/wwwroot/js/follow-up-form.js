// "Record a follow-up" on the customer page: the public recordFollowUp mutation. Shows the next plan the server
// scheduled (from the given time or the team's cadence), or the server's refusal, in the form's live regions.
// `onRecorded` reloads what the record changed and returns the customer's next open plan.
import { gql } from './api.js';
import { t, formatTime } from './i18n.js';
import { label, channels, purposes } from './labels.js';
import { el, card } from './dom.js';
import { fromLocalInput, teamZone } from './zone.js';

const mutation = `mutation($input: RecordFollowUpInput!) { recordFollowUp(input: $input) {
  recorded { record { id happenedAt } nextPlan { id dueAt channel purpose fromCadence } beyondDailyCap }
  errors { __typename ... on Error { message } } } }`;

const field = (text, control) => el('label', { className: 'field' }, el('span', {}, text), control);
const options = (values) => values.map((v) => el('option', { value: v }, label(v)));

// `plan` is the customer's next open plan: a checked box sends its id, so the record completes it.
export function followUpForm(customerId, plan, onRecorded) {
  const fulfils = el('input', { type: 'checkbox', name: 'planId', checked: true });
  const fulfilsText = el('span');
  const fulfilsField = el('label', { className: 'check' }, fulfils, fulfilsText);
  const setPlan = (next) => {
    fulfilsField.hidden = !next;
    fulfils.value = next?.id ?? '';
    fulfils.checked = Boolean(next);
    fulfilsText.textContent = next ? `${t('fulfils')} ${formatTime(next.dueAt)} · ${label(next.purpose)}` : '';
  };
  setPlan(plan);
  const status = el('p', { id: 'follow-up-status', role: 'status' });
  const error = el('p', { id: 'follow-up-error', className: 'error', role: 'alert' });
  const submit = el('button', { type: 'submit' }, t('save'));
  const form = el('form', { id: 'follow-up-form', className: 'follow-up-form' },
    field(t('channel'), el('select', { name: 'channel' }, options(channels))),
    field(t('purpose'), el('select', { name: 'purpose' }, options(purposes))),
    field(t('content'), el('textarea', { name: 'content', rows: 3, required: true })),
    field(t('result'), el('input', { name: 'result' })),
    field(t('customerFeedback'), el('input', { name: 'customerFeedback' })),
    field(`${t('nextFollowUpAt')} · ${teamZone()}`, el('input', { name: 'nextFollowUpAt', type: 'datetime-local' })),
    fulfilsField,
    el('div', {}, submit), status, error);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(form));
    const input = {
      customerId, channel: values.channel, purpose: values.purpose, content: values.content.trim(),
      result: values.result.trim() || null, customerFeedback: values.customerFeedback.trim() || null,
      nextFollowUpAt: values.nextFollowUpAt ? fromLocalInput(values.nextFollowUpAt).toISOString() : null,
      planId: values.planId || null,
    };
    submit.disabled = true;
    status.textContent = '';
    error.textContent = '';
    try {
      const { recordFollowUp: result } = await gql(mutation, { input });
      if (result.errors?.length) {
        error.textContent = t('refused') + result.errors.map((e) => e.message).join('; ');
        return;
      }
      const next = result.recorded.nextPlan;
      status.textContent = `${t('recorded')} ${formatTime(next.dueAt)} · ${label(next.channel)} · ${label(next.purpose)}`
        + (next.fromCadence ? ` ${t('fromCadence')}` : '');
      status.dataset.nextPlanId = next.id;
      status.dataset.nextPlanDueAt = next.dueAt;
      form.reset();
      setPlan(await onRecorded(result.recorded));
    } catch (e) {
      error.textContent = t('error') + e.message;
    } finally {
      submit.disabled = false;
    }
  });
  return card('customer-record', t('recordFollowUp'), form);
}
