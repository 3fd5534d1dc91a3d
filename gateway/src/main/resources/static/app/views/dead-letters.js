// 死信 for the administrator: per service, the messages it could not apply and parked on its <topic>.dlt, and a
// replay once the cause is fixed (docs/runbook.md "Dead letters"). Through the gateway's
// /api/operations/{service}/dead-letters (ADMIN only there and at the service): GET lists, POST replays.
import { api, session } from '../api.js';
import { t, when } from '../i18n.js';
import { emptyState, errorState, h, notify, show, table } from '../components/ui.js';

const SERVICES = ['drafting', 'review', 'archive'];

const path = (service) => `/api/operations/${service}/dead-letters`;

/** parkedAt is an ISO instant; should a mapper write epoch seconds instead, it is still read right. */
const instant = (v) => (typeof v === 'number' ? new Date(v * 1000).toISOString() : v);

function parkedTable(service, parked) {
  if (parked.length === 0) return emptyState(t('deadLettersEmpty'));
  return table([
    { key: 'topic', label: t('colTopic'), cell: (p) => h('span', { class: 'mono' }, `${p.topic} #${p.partition}@${p.offset}`) },
    { key: 'document', label: t('colDocumentId'), cell: (p) => h('span', { class: 'mono' }, p.documentId ?? '—') },
    { key: 'type', label: t('colEventType'), cell: (p) => h('span', { class: 'mono' }, p.type || '—') },
    { key: 'reason', label: t('colReason'), cell: (p) => p.reason || '—' },
    { key: 'when', label: t('colParkedAt'), cell: (p) => when(instant(p.parkedAt)) },
    { key: 'consumer', label: t('colConsumer'), cell: (p) => h('span', { class: 'mono' }, p.consumer || '—') },
  ], parked, { caption: t('deadLettersOf', t(`service_${service}`)) });
}

function replayResult(result) {
  return h('div', { class: result.stillFailing ? 'form-error' : 'ok', role: 'status' },
    h('p', {}, t('replayDone', result.replayed, result.stillFailing)),
    result.firstFailure ? h('p', { class: 'mono small' }, t('replayFirstFailure'), ' ', result.firstFailure) : null);
}

/** One service's panel: loads on its own, so a service that is down does not hide the others. */
function servicePanel(service) {
  const listBox = h('div', { class: 'dlt-list', id: `dlt-${service}-list`, 'aria-live': 'polite' },
    h('div', { class: 'skeleton', role: 'status' }, t('loading')));
  const resultBox = h('div', { id: `replay-${service}-result`, 'aria-live': 'polite' });
  const confirmBox = h('div', { id: `replay-${service}-confirmation` });
  const name = t(`service_${service}`);

  async function load() {
    listBox.replaceChildren(h('div', { class: 'skeleton', role: 'status' }, t('loading')));
    try {
      const { body } = await api.get(path(service));
      listBox.replaceChildren(parkedTable(service, body ?? []));
    } catch (e) {
      listBox.replaceChildren(errorState(e, load));
    }
  }

  async function replay(button) {
    confirmBox.replaceChildren();
    button.disabled = true;
    resultBox.replaceChildren(h('div', { class: 'skeleton', role: 'status' }, t('replaying')));
    try {
      const { body } = await api.post(path(service));
      resultBox.replaceChildren(replayResult(body));
      listBox.replaceChildren(parkedTable(service, body.remaining ?? []));
      notify(t('replayDone', body.replayed, body.stillFailing), body.stillFailing ? 'error' : 'ok');
    } catch (e) {
      resultBox.replaceChildren(errorState(e));
    } finally {
      button.disabled = false;
      button.focus();
    }
  }

  const replayButton = h('button', { type: 'button', class: 'secondary', id: `replay-${service}`,
    onclick: () => {
      // the replay applies events again (idempotently, in order): asked once more before it is sent
      const confirm = h('button', { type: 'button', class: 'danger', id: `replay-${service}-confirm`,
        onclick: () => replay(replayButton) }, t('replayConfirm'));
      confirmBox.replaceChildren(h('div', { class: 'confirm-replay', role: 'group', 'aria-labelledby': `replay-${service}-q` },
        h('p', { id: `replay-${service}-q` }, t('replayQuestion', name)),
        h('div', { class: 'actions' }, confirm,
          h('button', { type: 'button', class: 'secondary', id: `replay-${service}-cancel`,
            onclick: () => { confirmBox.replaceChildren(); replayButton.focus(); } }, t('cancel')))));
      confirm.focus();
    } }, t('replay'));

  load();
  return h('section', { class: 'panel', id: `dlt-${service}`, 'aria-labelledby': `dlt-${service}-h` },
    h('div', { class: 'page-head' }, h('h2', { id: `dlt-${service}-h` }, name),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'link', id: `reload-${service}`, onclick: load }, t('reload')),
        replayButton)),
    listBox, confirmBox, resultBox);
}

export function renderDeadLetters() {
  const heading = h('h1', {}, t('deadLettersTitle'));
  if (!session.has('ADMIN')) {
    show(heading, errorState({ status: 403 }));
    return;
  }
  show(heading, h('p', { class: 'hint' }, t('deadLettersHint')), SERVICES.map(servicePanel));
}
