// 答复 and 批示 on a 收文 (issue 17): the 主办 unit starts the reply draft from the 收文 — the registry hands over
// what to send drafting-service (RCV-REPLY-1: the link, the 来文单位 and title to prefill a 函), the draft is created
// there and opened in the editor; the registry concludes the 收文 when that draft is issued (RCV-REPLY-2). The 批示
// panel shows the leaders' 批办 and the 批示 of the 传阅 readings to whoever handles it (CIRC-SHOW-1).
import { api } from '../api.js';
import { t, when } from '../i18n.js';
import { h, notify } from './ui.js';
import { showRefusal } from './review-actions.js';
import { personName, unitName } from './people.js';

/** "起草答复": for the 主办 unit while the 收文 is being handled. */
export function replyPanel(d) {
  const general = h('div', { class: 'form-errors', id: 'reply-form-errors', 'aria-live': 'polite' });
  const start = h('button', { type: 'submit', id: 'start-reply' }, t('startReply'));
  const form = h('form', { class: 'panel', id: 'reply-form', 'aria-labelledby': 'reply-form-h', novalidate: true },
    h('h2', { id: 'reply-form-h' }, t('replyTitle')), h('p', { class: 'muted small' }, t('replyHint')), general,
    h('div', { class: 'actions' }, start));
  start.addEventListener('click', async (event) => {
    event.preventDefault();
    start.disabled = true;
    try {
      const request = (await api.get(`/api/registry/incoming/${d.id}/reply`)).body;
      const draft = (await api.post('/api/drafts', request)).body;
      notify(t('replyStartedOk'));
      location.hash = `#/drafts/${draft.id}`;
    } catch (e) {
      showRefusal(form, general, e);
    } finally {
      start.disabled = false;
    }
  });
  return form;
}

/** The 批办 and the readers' 批示, loaded beside the 收文; nothing shown when there is none or it may not be read. */
export function instructionsPanel(id) {
  const list = h('ol', { class: 'timeline', id: 'incoming-instructions-list' });
  const panel = h('section', { class: 'panel', id: 'incoming-instructions', 'aria-labelledby': 'incoming-instructions-h',
    hidden: true }, h('h2', { id: 'incoming-instructions-h' }, t('instructionsTitle')), list);
  api.get(`/api/registry/incoming/${id}/instructions`).then(({ body }) => {
    const items = [
      ...body.assignments.map((a) => ({ who: `${personName(a.by)}（${unitName(a.unit)}）`, at: a.at, kind: t('trail_批办'),
        text: a.instruction })),
      ...body.readings.map((r) => ({ who: personName(r.reader), at: r.readAt, kind: t('instructionRead'),
        text: r.instruction }))];
    for (const i of items) {
      list.append(h('li', { class: 'step done', dataset: { kind: i.kind } },
        h('div', { class: 'step-head' }, h('strong', {}, `${i.kind} · ${i.who}`), h('span', { class: 'muted small' }, when(i.at))),
        h('p', { class: 'opinion-text' }, i.text)));
    }
    panel.hidden = items.length === 0;
  }).catch(() => { panel.hidden = true; });
  return panel;
}
