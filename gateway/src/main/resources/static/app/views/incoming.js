// 收文: the list (the office and leaders see every 收文 they are cleared for, everyone else 我的承办 — what their unit
// handles) and the office's 登记 form (来文单位, 来文字号, 标题, 密级, 紧急程度, 份数, 收文日期; RCV-REG-1, GB-SEC-1,
// GB-URG-1 shown at their fields). One 收文 with its trail and its next step is views/incoming-detail.js.
import { api, query, session } from '../api.js';
import { t } from '../i18n.js';
import { emptyState, errorState, field, h, loading, notify, show, statusBadge, table } from '../components/ui.js';
import { inOffice, isLeader } from '../components/people.js';
import { beijingToday, holderText } from '../components/incoming-parts.js';
import { showRefusal } from '../components/review-actions.js';

const STATUSES = ['', 'REGISTERED', 'ACCEPTED', 'PROPOSED', 'ASSIGNED', 'CONCLUDED', 'RETURNED_TO_SENDER'];
const PAGE_SIZE = 50;

/** The office and leaders keep the register; anyone else sees the 收文 their unit handles. */
function listTitle(user) {
  return inOffice(user) || isLeader(user) ? t('incomingTitle') : t('myHandlingTitle');
}

export async function renderIncomingList(params) {
  const user = session.user();
  const status = params.get('status') ?? '';
  const heading = h('h1', {}, listTitle(user));
  const actions = inOffice(user) ? h('a', { class: 'button', href: '#/incoming/new', id: 'new-incoming' }, t('registerIncoming')) : null;
  const filters = h('div', { class: 'tabs', role: 'group', 'aria-label': t('colStatus') },
    STATUSES.map((s) => h('button', { type: 'button', class: 'tab', 'aria-pressed': String(s === status), id: `filter-${s || 'ALL'}`,
      onclick: () => { location.hash = `#/incoming${query({ status: s })}`; } }, t(`status${s || 'ALL'}`))));
  const head = () => h('div', { class: 'page-head' }, heading, actions);
  show(head(), filters, loading(listTitle(user)).slice(1));
  const here = location.hash;
  try {
    const { body } = await api.get(`/api/registry/incoming${query({ status, size: PAGE_SIZE })}`);
    if (location.hash !== here) return; // the user moved on while this loaded
    show(head(), filters, body.length === 0 ? emptyState(t('emptyIncoming')) : table([
      { key: 'receipt', label: t('receiptNumber'), cell: (d) => h('a', { href: `#/incoming/${d.id}` }, d.receiptNumber) },
      { key: 'sender', label: t('senderOrgan'), cell: (d) => d.senderOrgan },
      { key: 'senderNumber', label: t('senderNumber'), cell: (d) => d.senderNumber ?? '—' },
      { key: 'title', label: t('colTitle'), cell: (d) => h('a', { href: `#/incoming/${d.id}` }, d.title) },
      { key: 'classification', label: t('fClass'), cell: (d) => d.classification ?? t('unclassified') },
      { key: 'urgency', label: t('colUrgency'), cell: (d) => (d.urgency ? h('span', { class: 'urgent' }, d.urgency) : '—') },
      { key: 'received', label: t('receivedOn'), cell: (d) => d.receivedOn },
      { key: 'status', label: t('colStatus'), cell: (d) => statusBadge(d.status) },
      { key: 'holder', label: t('nowWith'), cell: (d) => holderText(d.holder) },
      { key: 'deadline', label: t('deadline'), cell: (d) => h('span', { class: d.overdue ? 'overdue-text' : '' },
        d.assignment?.deadline ?? '—', d.overdue ? ` ${t('overdue')}` : '') },
    ], body, { caption: listTitle(user), rowClass: (d) => (d.overdue ? 'overdue' : '') }));
  } catch (e) {
    if (location.hash !== here) return;
    show(head(), filters, errorState(e, () => renderIncomingList(params)));
  }
}

function choices(name, values, noneLabel) {
  return h('select', { name }, h('option', { value: '' }, noneLabel), values.map((v) => h('option', { value: v }, v)));
}

/** 收文登记 by the office; the service numbers it 收〔YYYY〕N号 without gaps (RCV-REG-2). */
export function renderRegistration() {
  const heading = h('h1', {}, t('registerIncoming'));
  if (!inOffice(session.user())) {
    show(heading, errorState({ status: 403 }));
    return;
  }
  const today = beijingToday();
  const ctl = {
    senderOrgan: h('input', { type: 'text', name: 'senderOrgan', autocomplete: 'off' }),
    senderNumber: h('input', { type: 'text', name: 'senderNumber', autocomplete: 'off' }),
    title: h('input', { type: 'text', name: 'title', autocomplete: 'off' }),
    // the service names the 密级 field "marking" in its violations (GB-SEC-1)
    marking: choices('classification', ['秘密', '机密', '绝密'], t('unclassified')),
    urgency: choices('urgency', ['加急', '特急'], t('none')),
    copies: h('input', { type: 'number', name: 'copies', min: 1, step: 1, value: '1' }),
    receivedOn: h('input', { type: 'date', name: 'receivedOn', max: today, value: today }),
    writtenOn: h('input', { type: 'date', name: 'writtenOn', max: today }),
  };
  const general = h('div', { class: 'form-errors', id: 'registration-errors', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', id: 'register' }, t('register'));
  const form = h('form', { class: 'panel', id: 'registration-form', novalidate: true },
    field('f-senderOrgan', t('senderOrgan'), ctl.senderOrgan),
    field('f-senderNumber', t('senderNumber'), ctl.senderNumber, t('optional')),
    field('f-title', t('fTitle'), ctl.title),
    h('div', { class: 'row' }, field('f-marking', t('fClass'), ctl.marking), field('f-urgency', t('fUrgency'), ctl.urgency),
      field('f-copies', t('copies'), ctl.copies)),
    h('div', { class: 'row' }, field('f-receivedOn', t('receivedOn'), ctl.receivedOn),
      field('f-writtenOn', t('writtenOn'), ctl.writtenOn, t('optional'))),
    general, h('div', { class: 'actions' }, submit, h('a', { class: 'button secondary', href: '#/incoming' }, t('cancel'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = (k) => ctl[k].value.trim() || null;
    submit.disabled = true;
    try {
      const { body } = await api.post('/api/registry/incoming', {
        senderOrgan: value('senderOrgan') ?? '', senderNumber: value('senderNumber'), title: value('title') ?? '',
        classification: value('marking'), urgency: value('urgency'),
        copies: ctl.copies.value === '' ? null : Number(ctl.copies.value), receivedOn: value('receivedOn'),
        writtenOn: value('writtenOn') });
      notify(t('registeredOk', body.receiptNumber));
      location.hash = `#/incoming/${body.id}`;
    } catch (e) {
      showRefusal(form, general, e);
    } finally {
      submit.disabled = false;
    }
  });
  show(heading, h('p', { class: 'muted' }, t('registerHint')), form);
}
