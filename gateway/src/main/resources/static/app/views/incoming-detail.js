// One 收文: its registration, where it is and who holds it, its trail, and the next step for whoever holds it —
// 初审 (accept, or 退文 with a reason, RCV-CHECK-1) and 拟办 (RCV-PROPOSE-1) for the office, 批办 for a leader (主办,
// 协办, 办理时限, 批办意见; RCV-ASSIGN-1..3), 办结 with the 办理结果 or a 转办 request for the 主办 unit (RCV-HANDLE-1..2);
// 延期 by a leader (RCV-HANDLE-3); and the office may send it round leaders to read (传阅, CIRC-START-1). The 主办 unit
// starts the reply (答复, RCV-REPLY-1) and sees the 批示 (CIRC-SHOW-1): components/incoming-reply.js.
import { api, session } from '../api.js';
import { t, when } from '../i18n.js';
import { errorState, field, h, loading, show, statusBadge } from '../components/ui.js';
import { inOffice, isLeader, LEADER_ROLES, PEOPLE, unitName, UNITS } from '../components/people.js';
import { beijingToday, holderText, trailPanel } from '../components/incoming-parts.js';
import { postAct } from '../components/acts.js';
import { instructionsPanel, replyPanel } from '../components/incoming-reply.js';

function fact(label, value, id) {
  return [h('dt', {}, label), h('dd', { id }, value ?? '—')];
}

function facts(d) {
  const a = d.assignment;
  return h('dl', { class: 'facts', id: 'incoming-facts' },
    fact(t('receiptNumber'), h('span', { class: 'mono' }, d.receiptNumber), 'incoming-receipt-number'),
    fact(t('colStatus'), statusBadge(d.status), 'incoming-status'),
    fact(t('nowWith'), holderText(d.holder), 'incoming-holder'),
    fact(t('senderOrgan'), d.senderOrgan), fact(t('senderNumber'), d.senderNumber),
    fact(t('fClass'), d.classification ?? t('unclassified')), fact(t('fUrgency'), d.urgency ?? t('none')),
    fact(t('copies'), String(d.copies)), fact(t('receivedOn'), d.receivedOn), fact(t('writtenOn'), d.writtenOn),
    fact(t('registeredAt'), when(d.registeredAt)),
    d.proposal ? fact(t('proposal'), d.proposal, 'incoming-proposal') : null,
    a ? [fact(t('leadUnit'), unitName(a.leadUnit), 'incoming-lead-unit'),
      fact(t('assistingUnits'), a.assistingUnits.length ? a.assistingUnits.map(unitName).join('、') : t('none')),
      fact(t('deadline'), h('span', { class: d.overdue ? 'overdue-text' : '' }, a.deadline ?? t('none'),
        d.overdue ? ` ${t('overdue')}` : '')),
      fact(t('instruction'), a.instruction, 'incoming-instruction')] : null,
    d.result ? fact(t('result'), d.result, 'incoming-result') : null);
}

/** A panel posting one step: body() gives the JSON (undefined for none); the refusal lands at the fields. */
function stepForm(id, title, children, buttons, onDone) {
  const general = h('div', { class: 'form-errors', id: `${id}-errors`, 'aria-live': 'polite' });
  const form = h('form', { class: 'panel', id, 'aria-labelledby': `${id}-h`, novalidate: true },
    h('h2', { id: `${id}-h` }, title), children, general, h('div', { class: 'actions' }, buttons.map((b) => b.button)));
  for (const b of buttons) {
    b.button.addEventListener('click', (event) => {
      event.preventDefault();
      postAct(form, general, b.path, b.body(), b.done, onDone);
    });
  }
  return form;
}

const button = (id, label, secondary) => h('button', { type: secondary ? 'button' : 'submit', class: secondary ? 'secondary' : null, id },
  label);

/** 初审: accept, or 退文 to the sender with the reason (not within our remit, several matters in one 请示, …). */
function checkForm(d, onDone) {
  const reason = h('textarea', { rows: 2, name: 'reason' });
  return stepForm('check-form', t('checkTitleIncoming'), field('f-reason', t('returnToSenderReason'), reason), [
    { button: button('accept', t('acceptIncoming')), path: `/api/registry/incoming/${d.id}/accept`, body: () => undefined,
      done: t('acceptedOk') },
    { button: button('return-to-sender', t('returnToSender'), true), path: `/api/registry/incoming/${d.id}/return`,
      body: () => ({ reason: reason.value.trim() }), done: t('returnedToSenderOk') },
  ], onDone);
}

function proposalForm(d, onDone) {
  const opinion = h('textarea', { rows: 3, name: 'opinion' });
  return stepForm('proposal-form', t('proposalTitle'), field('f-opinion', t('proposal'), opinion), [
    { button: button('propose', t('propose')), path: `/api/registry/incoming/${d.id}/proposal`,
      body: () => ({ opinion: opinion.value.trim() }), done: t('proposedOk') },
  ], onDone);
}

/** A group of checkboxes ([value, label, id]) as one field, its violations under it (field name = id without f-). */
function checkboxField(id, label, items) {
  return h('div', { class: 'field', dataset: { field: id } }, h('span', { class: 'label' }, label),
    h('fieldset', { class: 'choices', id }, h('legend', { class: 'sr-only' }, label),
      items.map(([value, text, boxId]) => h('label', { class: 'choice' },
        h('input', { type: 'checkbox', value, id: boxId }), text))),
    h('div', { class: 'field-errors', id: `${id}-errors`, 'aria-live': 'polite' }));
}

const checked = (group) => [...group.querySelectorAll('input:checked')].map((c) => c.value);

/** 批办: one 主办 unit, any 协办 units (each once, not the 主办), a deadline (required for 特急/加急), the instruction. */
function assignmentForm(d, onDone) {
  const lead = h('select', { name: 'leadUnit' }, h('option', { value: '' }, t('chooseUnit')),
    UNITS.map((u) => h('option', { value: u.code }, u.name)));
  const assisting = checkboxField('f-assistingUnits', t('assistingUnits'), UNITS.map((u) => [u.code, u.name, `assist-${u.code}`]));
  const deadline = h('input', { type: 'date', name: 'deadline', min: beijingToday() });
  const instruction = h('textarea', { rows: 3, name: 'instruction' });
  return stepForm('assignment-form', t('assignmentTitle'), [
    d.proposal ? h('p', { class: 'opinion-text' }, `${t('proposal')}：${d.proposal}`) : null,
    field('f-leadUnit', t('leadUnit'), lead), assisting,
    field('f-deadline', t('deadline'), deadline, d.urgency ? t('deadlineRequired') : t('optional')),
    field('f-instruction', t('instruction'), instruction)], [
    { button: button('assign', t('assign')), path: `/api/registry/incoming/${d.id}/assignment`, done: t('assignedOk'),
      body: () => ({ leadUnit: lead.value, deadline: deadline.value || null, instruction: instruction.value.trim(),
        assistingUnits: checked(assisting) }) },
  ], onDone);
}

/** 承办: record the 办理结果 and 办结, or ask for 转办 (back to the office for a new 拟办) with the reason. */
function handlingForm(d, onDone) {
  const result = h('textarea', { rows: 4, name: 'result' });
  const reason = h('input', { type: 'text', name: 'reason' });
  return stepForm('handling-form', t('handlingTitle'), [
    field('f-result', t('result'), result), field('f-reason', t('transferReason'), reason, t('transferHint'))], [
    { button: button('conclude', t('conclude')), path: `/api/registry/incoming/${d.id}/conclusion`,
      body: () => ({ result: result.value.trim() }), done: t('concludedOk') },
    { button: button('request-transfer', t('requestTransfer'), true), path: `/api/registry/incoming/${d.id}/transfer-request`,
      body: () => ({ reason: reason.value.trim() }), done: t('transferRequestedOk') },
  ], onDone);
}

/** 延期 by a leader: a later deadline with the reason (RCV-HANDLE-3). */
function extensionForm(d, onDone) {
  const deadline = h('input', { type: 'date', name: 'deadline', min: d.assignment?.deadline ?? beijingToday() });
  const reason = h('input', { type: 'text', name: 'reason' });
  return stepForm('extension-form', t('extensionTitle'), [field('f-deadline', t('newDeadline'), deadline),
    field('f-reason', t('reason'), reason)], [
    { button: button('extend', t('extend')), path: `/api/registry/incoming/${d.id}/extension`, done: t('extendedOk'),
      body: () => ({ deadline: deadline.value || null, reason: reason.value.trim() }) },
  ], onDone);
}

/** A 收文 goes round once it passed 初审 and until it is 办结. */
const CIRCULATING = ['ACCEPTED', 'PROPOSED', 'ASSIGNED'];

/** 传阅 started by the office: leaders in order (each after the one before) or all at once (CIRC-START-1). */
function circulationForm(d, onDone) {
  const readers = checkboxField('f-readers', t('circulationReaders'), PEOPLE.filter((p) => LEADER_ROLES.includes(p.role))
    .map((p) => [p.username, `${p.name}（${t(`role${p.role}`)}）`, `reader-${p.username}`]));
  const order = h('select', { name: 'order' }, ['SEQUENTIAL', 'PARALLEL'].map((o) => h('option', { value: o }, t(`order${o}`))));
  return stepForm('circulation-form', t('circulationStart'), [readers, field('f-order', t('circulationOrder'), order)], [
    { button: button('start-circulation', t('circulationSend')), path: `/api/registry/incoming/${d.id}/circulations`,
      body: () => ({ order: order.value, readers: checked(readers) }), done: t('circulationStartedOk') },
  ], onDone);
}

/** The step the signed-in user can take now, if any (the service decides; this only offers it). */
function nextStep(d, onDone) {
  const user = session.user();
  if (d.status === 'REGISTERED' && inOffice(user)) return checkForm(d, onDone);
  if (d.status === 'ACCEPTED' && inOffice(user)) return proposalForm(d, onDone);
  if (d.status === 'PROPOSED' && isLeader(user)) return assignmentForm(d, onDone);
  if (d.status === 'ASSIGNED' && d.assignment?.leadUnit === user.unit) return handlingForm(d, onDone);
  if (d.status === 'ASSIGNED' && isLeader(user)) return extensionForm(d, onDone);
  return null;
}

export async function renderIncoming(id) {
  show(loading(t('incomingOne')));
  const here = location.hash;
  let d;
  try {
    d = (await api.get(`/api/registry/incoming/${id}`)).body;
  } catch (e) {
    if (location.hash !== here) return;
    show(h('h1', {}, t('incomingOne')), errorState(e, () => renderIncoming(id)));
    return;
  }
  if (location.hash !== here) return; // the user moved on while this loaded
  show(h('div', { class: 'page-head' }, h('h1', {}, `${t('incomingOne')}：${d.title}`),
    h('a', { class: 'button secondary', href: '#/incoming' }, t('back'))),
  h('div', { class: 'two-col' }, h('div', {}, facts(d), nextStep(d, () => renderIncoming(id)),
    d.status === 'ASSIGNED' && d.assignment?.leadUnit === session.user().unit ? replyPanel(d) : null,
    inOffice(session.user()) && CIRCULATING.includes(d.status) ? circulationForm(d, () => renderIncoming(id)) : null),
    h('aside', { class: 'side' }, instructionsPanel(d.id), trailPanel(d.trail))));
}
