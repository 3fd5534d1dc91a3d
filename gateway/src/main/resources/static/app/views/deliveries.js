// 签收: the issued documents delivered to the caller's unit (签收, or 退回 with a reason, DLV-SIGN-1..3, DLV-RETURN-1)
// and, for the office's 机要 clerk, the copies for outside organs still to send (已寄发 by a channel, DLV-SEND-1..2).
import { api, query, session } from '../api.js';
import { t, when } from '../i18n.js';
import { emptyState, errorState, h, linkTabs, loading, show, statusBadge, table } from '../components/ui.js';
import { OFFICE_UNIT, personName } from '../components/people.js';
import { postAct } from '../components/acts.js';

/** How a 涉密 copy may travel (DLV-SEND-2); an open copy may also go by ordinary post or electronic exchange. */
const SECRET_CHANNELS = ['机要交通', '邮政机要通信', '机要文件交换站', '机要收发'];
const OPEN_CHANNELS = ['普通邮寄', '电子公文交换'];

/** The office's 机要 clerk: a CLERK of the office. */
function sendsOutsideCopies(user) {
  return user.unit === OFFICE_UNIT && user.roles.includes('CLERK');
}

function tabs(all) {
  return linkTabs(t('deliveriesTitle'), 'tab-deliveries', [
    ['pending', '#/deliveries', t('deliveriesPending'), !all], ['all', '#/deliveries?all=1', t('statusALL'), all]]);
}

/** 签收 / 退回 of one delivery; a 退回 asks for its reason first. */
function answerForm(delivery, onDone) {
  const reason = h('input', { type: 'text', name: 'reason', id: `return-reason-${delivery.id}`,
    'aria-label': t('returnReason'), placeholder: t('returnReason') });
  const general = h('div', { class: 'form-errors', id: `delivery-errors-${delivery.id}`, 'aria-live': 'polite' });
  const confirm = h('button', { type: 'button', class: 'secondary', id: `return-${delivery.id}` }, t('confirmReturn'));
  const returning = h('span', { class: 'inline', hidden: true }, reason, ' ', confirm);
  const form = h('form', { class: 'row-actions', id: `delivery-${delivery.id}`, novalidate: true },
    h('button', { type: 'submit', id: `sign-${delivery.id}` }, t('sign')), ' ',
    h('button', { type: 'button', class: 'secondary', id: `return-open-${delivery.id}`,
      onclick: () => { returning.hidden = false; reason.focus(); } }, t('returnDelivery')),
    ' ', returning, general);
  const act = (path, body, done) => postAct(form, general, `/api/registry/deliveries/${delivery.id}/${path}`, body, done, onDone);
  form.addEventListener('submit', (event) => { event.preventDefault(); act('sign', undefined, t('signedOk')); });
  confirm.addEventListener('click', () => act('return', { reason: reason.value.trim() }, t('deliveryReturnedOk')));
  return form;
}

/** 已寄发 of one outside copy, by a channel its 密级 allows. */
function sentForm(delivery, onDone) {
  const channels = delivery.classification ? SECRET_CHANNELS : [...SECRET_CHANNELS, ...OPEN_CHANNELS];
  const channel = h('select', { name: 'channel', id: `channel-${delivery.id}`, 'aria-label': t('channel') },
    channels.map((c) => h('option', { value: c }, c)));
  const general = h('div', { class: 'form-errors', id: `sent-errors-${delivery.id}`, 'aria-live': 'polite' });
  const send = h('button', { type: 'submit', id: `sent-${delivery.id}` }, t('markSent'));
  const form = h('form', { class: 'row-actions', novalidate: true }, channel, ' ', send, general);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    postAct(form, general, `/api/registry/deliveries/${delivery.id}/sent`, { channel: channel.value }, t('sentOk'), onDone);
  });
  return form;
}

function deliveryColumns(act) {
  return [
    { key: 'number', label: t('colNumber'), cell: (d) => d.documentNumber ?? '—' },
    { key: 'title', label: t('colTitle'), cell: (d) => d.title },
    { key: 'classification', label: t('fClass'), cell: (d) => d.classification ?? t('unclassified') },
    { key: 'recipient', label: t('colRecipient'), cell: (d) => `${d.recipient}（${t(`recipientRole${d.role}`)}）` },
    { key: 'created', label: t('colAssigned'), cell: (d) => when(d.createdAt) },
    { key: 'due', label: t('signingDue'), cell: (d) => h('span', { class: d.overdue ? 'overdue-text' : '' },
      when(d.signingDue), d.overdue ? ` ${t('overdue')}` : '') },
    { key: 'status', label: t('colStatus'), cell: (d) => [statusBadge(d.status),
      d.actedBy ? h('p', { class: 'muted small' }, `${personName(d.actedBy)} · ${when(d.actedAt)}`) : null,
      d.note ? h('p', { class: 'muted small' }, d.note) : null] },
    { key: 'act', label: t('colAction'), cell: act },
  ];
}

export async function renderDeliveries(params) {
  const all = params.get('all') === '1';
  const user = session.user();
  const clerk = sendsOutsideCopies(user);
  const heading = () => h('h1', {}, t('deliveriesTitle'));
  show(heading(), tabs(all), loading(t('deliveriesTitle')).slice(1));
  const here = location.hash;
  const again = () => renderDeliveries(params);
  try {
    const [mine, outgoing] = await Promise.all([
      api.get(`/api/registry/deliveries${query({ pending: all ? undefined : 'true', size: 100 })}`).then((r) => r.body),
      clerk ? api.get(`/api/registry/deliveries/outgoing${query({ pending: all ? undefined : 'true', size: 100 })}`)
        .then((r) => r.body) : null]);
    if (location.hash !== here) return; // the user moved on while this loaded
    const ownList = mine.length === 0 ? emptyState(t('emptyDeliveries')) : table(deliveryColumns((d) =>
      (d.status === 'AWAITING_SIGNATURE' ? answerForm(d, again) : '')), mine,
    { caption: t('deliveriesTitle'), rowClass: (d) => (d.overdue ? 'overdue' : '') });
    const outside = clerk ? h('section', { class: 'panel', id: 'outgoing', 'aria-labelledby': 'outgoing-h' },
      h('h2', { id: 'outgoing-h' }, t('outgoingTitle')),
      outgoing.length === 0 ? emptyState(t('emptyOutgoing')) : table(deliveryColumns((d) =>
        (d.status === 'TO_SEND' ? sentForm(d, again) : '')), outgoing, { caption: t('outgoingTitle') })) : null;
    show(heading(), tabs(all), h('div', { id: 'deliveries' }, ownList), outside ?? []);
  } catch (e) {
    if (location.hash !== here) return;
    show(heading(), tabs(all), errorState(e, again));
  }
}
