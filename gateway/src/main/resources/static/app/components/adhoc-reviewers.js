// 加签 / 减签 (review issue 18): whoever acts on the current step adds a reviewer right after it — someone the
// service says is cleared for the document and of a rank that fits between this level and the next — or takes back
// one added so who has not received the document yet. Both need an opinion; standing levels cannot be removed.
import { api } from '../api.js';
import { t } from '../i18n.js';
import { field, h, notify } from './ui.js';
import { showRefusal } from './review-actions.js';

/** The steps inserted ad hoc that the document has not reached yet: the only ones 减签 may take out. */
export function removableSteps(review) {
  return review.steps.filter((s) => s.addedBy && s.level > review.currentLevel && !s.decision);
}

/** "加签（赵敏）" beside a step that was added, nothing beside a standing level. */
export function addedBadge(step) {
  return step.addedBy ? h('span', { class: 'badge adhoc' }, t('addedBy', step.addedByName ?? step.addedBy)) : null;
}

/** 加签 and 减签 entries of the current revision's journal, with whom they were about and why. */
export function adHocActs(review) {
  const acts = (review.acts ?? []).filter((a) => a.action === 'REVIEWER_ADDED' || a.action === 'REVIEWER_REMOVED');
  if (!acts.length) return null;
  return h('ul', { class: 'holders', id: 'adhoc-acts' }, acts.map((a) => h('li', {},
    t(`adhocAct_${a.action}`, a.actorName ?? a.actor, a.subjectName ?? a.subject),
    a.onBehalfOfName ? t('onBehalfOf', a.onBehalfOfName) : '', a.opinion ? `：${a.opinion}` : '')));
}

function addForm(review, candidates, onDone) {
  const general = h('div', { class: 'form-errors', 'aria-live': 'polite' });
  if (!candidates.length) return h('p', { class: 'muted small', id: 'adhoc-none' }, t('adhocNoCandidates'));
  const person = h('select', { name: 'reviewer' }, candidates.map((c) => h('option', { value: c.username },
    `${c.name}（${t(`role${c.role}`)}）`)));
  const opinion = h('textarea', { rows: 2, name: 'opinion', required: true });
  const form = h('form', { id: 'adhoc-add-form', novalidate: true },
    field('f-adhocReviewer', t('adhocReviewer'), person), field('f-adhocOpinion', t('adhocOpinion'), opinion), general,
    h('button', { type: 'submit', class: 'secondary', id: 'adhoc-add' }, t('adhocAdd')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!opinion.value.trim()) {
      general.replaceChildren(h('p', { class: 'violation error', role: 'alert' }, t('adhocOpinionRequired')));
      return;
    }
    try {
      await api.post(`/api/reviews/${review.documentId}/reviewers`, { reviewer: person.value,
        opinion: opinion.value.trim(), revision: review.revision });
      notify(t('adhocAdded'));
      onDone();
    } catch (e) {
      showRefusal(form, general, e);
    }
  });
  return form;
}

function removeForm(review, step, onDone) {
  const general = h('div', { class: 'form-errors', 'aria-live': 'polite' });
  const opinion = h('input', { type: 'text', name: 'opinion', required: true });
  const form = h('form', { class: 'adhoc-remove', dataset: { reviewer: step.reviewer }, novalidate: true },
    field(`f-adhocRemove-${step.level}`, t('adhocRemoveOpinion', step.reviewerName ?? step.reviewer), opinion), general,
    h('button', { type: 'submit', class: 'danger' }, t('adhocRemove')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!opinion.value.trim()) {
      general.replaceChildren(h('p', { class: 'violation error', role: 'alert' }, t('adhocOpinionRequired')));
      return;
    }
    try {
      await api.delete(`/api/reviews/${review.documentId}/reviewers/${encodeURIComponent(step.reviewer)}`, null,
        { opinion: opinion.value.trim(), revision: review.revision });
      notify(t('adhocRemoved'));
      onDone();
    } catch (e) {
      showRefusal(form, general, e);
    }
  });
  return form;
}

/**
 * The 加签/减签 panel for whoever holds the current step ({@code mine}); null for anyone else. The people offered
 * come from the service (clearance, rank, nobody twice), so the list is never wider than what it would accept.
 */
export async function adHocReviewersPanel(review, mine, onDone) {
  if (!mine) return null;
  const candidates = await api.get(`/api/reviews/${review.documentId}/reviewers/candidates`).then((r) => r.body, () => []);
  const removable = removableSteps(review);
  if (!candidates.length && !removable.length) return null;
  return h('section', { class: 'panel', id: 'adhoc-reviewers', 'aria-labelledby': 'adhoc-h' },
    h('h2', { id: 'adhoc-h' }, t('adhocTitle')), h('p', { class: 'muted small' }, t('adhocHint')),
    addForm(review, candidates, onDone), removable.map((s) => removeForm(review, s, onDone)));
}
