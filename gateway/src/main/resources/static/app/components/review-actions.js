// The moves on a review besides deciding (review-service issue 4 additions): 退回 to a chosen level, 委派/转办 to a
// colleague, 撤回 of one's own approval before the next reviewer acted, 催办 and 会签 (these two also the drafter's).
import { api, ApiError, session } from '../api.js';
import { problemText, t } from '../i18n.js';
import { PEOPLE, UNITS } from './people.js';
import { field, h, notify, showViolations } from './ui.js';

/** Shows a refusal beside the form's fields, or as one message when it names none. */
export function showRefusal(form, general, e) {
  if (!(e instanceof ApiError)) throw e;
  showViolations(form, e.byField(), general);
  if (!e.problem?.violations?.length) general.replaceChildren(h('p', { class: 'violation error', role: 'alert' }, problemText(e.problem)));
}

/** 退回至: the drafter (0, a new revision) or any earlier level that approved in this round (it decides again). */
export function returnLevelSelect(review) {
  const select = h('select', { name: 'returnToLevel' },
    h('option', { value: '0' }, t('returnToDrafter', review.drafterName ?? review.drafter)),
    review.steps.filter((s) => s.level < review.currentLevel && s.decision === 'APPROVE')
      .map((s) => h('option', { value: String(s.level) }, t('returnToLevel', s.level, s.reviewerName ?? s.reviewer))));
  return field('f-returnToLevel', t('returnTo'), select);
}

function inDays(days) {
  const d = new Date(Date.now() + days * 86400000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(d);
}

/** 委派 (the delegate decides in the owner's name, "X代Y") or 转办 (only the delegate decides, in their own). */
export function delegationForm(review, onDone) {
  const me = session.user().username;
  const kind = h('select', { name: 'kind' }, h('option', { value: 'DELEGATE' }, t('delegate')),
    h('option', { value: 'TRANSFER' }, t('transfer')));
  const to = h('select', { name: 'to' }, PEOPLE.filter((p) => p.username !== me)
    .map((p) => h('option', { value: p.username }, `${p.name}（${t(`role${p.role}`)}）`)));
  const until = h('input', { type: 'date', name: 'until', min: inDays(0), max: inDays(30) });
  until.value = inDays(3);
  const reason = h('input', { type: 'text', name: 'reason' });
  const general = h('div', { class: 'form-errors', 'aria-live': 'polite' });
  const form = h('form', { class: 'panel', id: 'delegation-form', 'aria-labelledby': 'delegation-h', novalidate: true },
    h('h2', { id: 'delegation-h' }, t('delegationTitle')),
    h('div', { class: 'row' }, field('f-kind', t('delegationKind'), kind), field('f-to', t('delegateTo'), to)),
    field('f-until', t('until'), until), field('f-reason', t('reason'), reason), general,
    h('button', { type: 'submit', class: 'secondary', id: 'delegate' }, t('delegationSend')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      // until: the end of the chosen day in Beijing time
      const end = until.value ? new Date(`${until.value}T23:59:59+08:00`).toISOString() : null;
      await api.post(`/api/reviews/${review.documentId}/delegation`, { kind: kind.value, to: to.value, until: end,
        reason: reason.value.trim(), revision: review.revision });
      notify(t('delegatedOk'));
      onDone();
    } catch (e) {
      showRefusal(form, general, e);
    }
  });
  return form;
}

/** 撤回: the approver of the level just below the current one, while the current reviewer has not acted. */
export function recallButton(review, onDone) {
  const me = session.user().username;
  const below = review.steps.find((s) => s.level === review.currentLevel - 1);
  const current = review.steps.find((s) => s.level === review.currentLevel);
  if (review.status !== 'IN_REVIEW' || below?.reviewer !== me || below.decision !== 'APPROVE' || current?.decision) return null;
  const box = h('div', { class: 'form-errors', 'aria-live': 'polite' });
  return h('div', { class: 'panel' }, h('p', { class: 'muted small' }, t('recallHint')),
    h('button', { type: 'button', class: 'danger', id: 'recall', onclick: async () => {
      try {
        await api.post(`/api/reviews/${review.documentId}/recall`, { revision: review.revision });
        notify(t('recalledOk'));
        onDone();
      } catch (e) {
        box.replaceChildren(h('p', { class: 'violation error', role: 'alert' }, problemText(e.problem)));
      }
    } }, t('recall')), box);
}

/** 催办: the drafter, 主任 and 局长 may urge the current reviewer (the service limits how often). */
export function urgeForm(review) {
  const user = session.user();
  const current = review.steps.find((s) => s.level === review.currentLevel);
  const allowed = review.drafter === user.username || user.roles.some((r) => r === 'DIRECTOR' || r === 'CHIEF');
  if (review.status !== 'IN_REVIEW' || !current || current.reviewer === user.username || !allowed) return null;
  const note = h('input', { type: 'text', name: 'note' });
  const general = h('div', { class: 'form-errors', 'aria-live': 'polite' });
  const form = h('form', { class: 'panel', id: 'urge-form', novalidate: true },
    field('f-note', t('urgeNote', current.reviewerName ?? current.reviewer), note), general,
    h('button', { type: 'submit', class: 'secondary', id: 'urge' }, t('urge')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api.post(`/api/reviews/${review.documentId}/urge`, { note: note.value.trim() || null });
      general.replaceChildren(h('p', { class: 'ok' }, t('urgedOk', current.reviewerName ?? current.reviewer)));
    } catch (e) {
      showRefusal(form, general, e);
    }
  });
  return form;
}

/** Where a 会签 stands: its rule and each unit's answer. */
export function countersignStatus(review) {
  const cs = review.countersign;
  if (!cs) return null;
  return h('section', { class: 'panel', id: 'countersign', 'aria-labelledby': 'countersign-h' },
    h('h2', { id: 'countersign-h' }, t('countersignTitle'), ' ', h('span', { class: 'badge' }, cs.complete ? t('countersignDone')
      : t(`countersignRule_${cs.rule}`, cs.required))),
    h('ul', { class: 'holders' }, cs.countersigners.map((c) => h('li', {}, `${c.name ?? c.username}（${c.unit}）：`,
      c.decision ? h('span', { class: `decision d-${c.decision}` }, t(`decision${c.decision}`)) : t('pending'),
      c.opinion ? ` ${c.opinion}` : ''))));
}

/** 会签: asked by the drafter (on the 办公室审核 level) or by the reviewer of the current step (on their own step). */
export function countersignForm(review, onDone) {
  const me = session.user().username;
  const current = review.steps.find((s) => s.level === review.currentLevel);
  if (review.status !== 'IN_REVIEW' || review.countersign || !(review.drafter === me || current?.reviewer === me)) return null;
  const boxes = UNITS.filter((u) => u.code !== review.unit).map((u) => h('label', { class: 'choice' },
    h('input', { type: 'checkbox', name: 'units', value: u.code }), u.name));
  const rule = h('select', { name: 'rule' }, ['ALL', 'ANY', 'N_OF_M'].map((r) => h('option', { value: r }, t(`countersignRule_${r}`, 'N'))));
  const required = h('input', { type: 'number', name: 'required', min: 1, value: '1' });
  const general = h('div', { class: 'form-errors', 'aria-live': 'polite' });
  const form = h('form', { class: 'panel', id: 'countersign-form', 'aria-labelledby': 'countersign-form-h', novalidate: true },
    h('h2', { id: 'countersign-form-h' }, t('countersignAsk')),
    h('fieldset', { class: 'choices field', dataset: { field: 'f-units' } }, h('legend', {}, t('countersignUnits')), boxes,
      h('div', { class: 'field-errors', id: 'f-units-errors', 'aria-live': 'polite' })),
    h('div', { class: 'row' }, field('f-rule', t('countersignRuleLabel'), rule), field('f-required', t('countersignRequired'), required)),
    general, h('button', { type: 'submit', class: 'secondary', id: 'countersign-ask' }, t('countersignAsk')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const units = boxes.map((b) => b.querySelector('input')).filter((i) => i.checked).map((i) => i.value);
    try {
      await api.post(`/api/reviews/${review.documentId}/countersign`, { units, rule: rule.value,
        required: rule.value === 'N_OF_M' ? Number(required.value) : undefined, revision: review.revision });
      notify(t('countersignAsked'));
      onDone();
    } catch (e) {
      showRefusal(form, general, e);
    }
  });
  return form;
}
