// 审核: the submitted document in 公文 layout, the chain with every opinion beside it, and — for whoever has the
// current step in their 待办 (its reviewer, a delegate, an acting deputy) — approve / return / reject with an opinion
// (common phrases one click away); the other moves (委派, 撤回, 催办, 会签) are components/review-actions.js.
import { api, session } from '../api.js';
import { t, when } from '../i18n.js';
import { renderDocument } from '../components/gongwen-layout.js';
import { errorState, field, h, loading, notify, show, statusBadge } from '../components/ui.js';
import { refreshInboxCount } from '../components/inbox-count.js';
import { countersignForm, countersignStatus, delegationForm, recallButton, returnLevelSelect, showRefusal, urgeForm } from '../components/review-actions.js';
import { addedBadge, adHocActs, adHocReviewersPanel } from '../components/adhoc-reviewers.js';

const PHRASES = ['同意。', '拟同意，请审定。', '同意，呈局长签发。', '请按意见修改后再报。', '依据不充分，请补充说明。',
  '不符合行文规则，不予发文。'];

function stepItem(step, current) {
  const state = step.decision ? 'done' : step.level === current ? 'current' : 'later';
  return h('li', { class: `step ${state}`, dataset: { level: String(step.level) } },
    h('div', { class: 'step-head' }, h('strong', {}, `${t('levelN', step.level)} · ${t(`role${step.role}`)} · ${step.reviewerName ?? step.reviewer}`),
      addedBadge(step), step.decision ? h('span', { class: `decision d-${step.decision}` }, t(`decision${step.decision}`))
        : h('span', { class: 'muted' }, state === 'current' ? t('pending') : t('notYet'))),
    step.opinion ? h('p', { class: 'opinion-text' }, step.opinion) : null,
    h('p', { class: 'muted small' }, step.decidedAt ? when(step.decidedAt)
      : step.dueAt ? `${t('dueIn')} ${when(step.dueAt)}` : ''));
}

function stepsPanel(review) {
  const earlier = (review.history ?? []).flatMap((round) => round.steps.filter((s) => s.decision)
    .map((s) => ({ ...s, revision: round.revision })));
  return h('section', { class: 'panel', 'aria-labelledby': 'steps-h', id: 'steps' },
    h('h2', { id: 'steps-h' }, t('stepsTitle')),
    h('ol', { class: 'timeline' }, review.steps.map((s) => stepItem(s, review.currentLevel))), adHocActs(review),
    earlier.length ? [h('h3', {}, t('historyTitle')),
      h('ol', { class: 'timeline history' }, earlier.map((s) => stepItem(s, -1)))] : null);
}

function decisionForm(review, onDone) {
  const isChief = review.steps.at(-1)?.level === review.currentLevel;
  const choice = (value, label, checked) => h('label', { class: 'choice' },
    h('input', { type: 'radio', name: 'decision', value, checked, id: `decision-${value}` }), label);
  const opinion = h('textarea', { rows: 4, name: 'opinion' });
  const general = h('div', { class: 'form-errors', id: 'decision-errors', 'aria-live': 'polite' });
  const send = h('button', { type: 'submit', id: 'decide' }, t('decide'));
  const returnTo = returnLevelSelect(review);
  returnTo.hidden = true;
  const form = h('form', { class: 'panel decision', id: 'decision-form', 'aria-labelledby': 'decision-h', novalidate: true },
    h('h2', { id: 'decision-h' }, t('decisionTitle')),
    h('fieldset', { class: 'choices' }, h('legend', { class: 'sr-only' }, t('decisionTitle')),
      choice('APPROVE', isChief ? t('approveChief') : t('approve'), true), choice('RETURN', t('returnIt')),
      choice('REJECT', t('reject'))),
    returnTo, field('f-opinion', t('opinion'), opinion),
    h('div', { class: 'phrases', role: 'group', 'aria-label': t('phrases') }, h('span', { class: 'muted small' }, t('phrases')),
      PHRASES.map((p) => h('button', { type: 'button', class: 'chip', onclick: () => { opinion.value = p; opinion.focus(); } }, p))),
    general, send);
  form.addEventListener('change', () => { returnTo.hidden = new FormData(form).get('decision') !== 'RETURN'; });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const decision = new FormData(form).get('decision');
    const returnToLevel = decision === 'RETURN' ? Number(new FormData(form).get('returnToLevel') ?? 0) : undefined;
    // 条例 第二十二条: 圈阅或者签名的，视为同意 — an approval without words is recorded as 同意
    const text = opinion.value.trim() || (decision === 'APPROVE' ? '同意' : '');
    send.disabled = true;
    try {
      // contentHash binds the decision to the text shown here: if it changed meanwhile the service refuses (409)
      await api.post(`/api/reviews/${review.documentId}/decisions`, { decision, opinion: text, revision: review.revision,
        contentHash: review.contentHash, returnToLevel: returnToLevel || undefined });
      notify(t('decidedOk'));
      onDone();
    } catch (e) {
      showRefusal(form, general, e);
    } finally {
      send.disabled = false;
    }
  });
  return form;
}

export async function renderReview(id) {
  show(loading(t('reviewTitle')));
  let review;
  let inbox;
  const here = location.hash;
  try {
    // "mine" = in my 待办: that covers the step's owner, a delegate and a standing acting deputy alike
    [review, inbox] = await Promise.all([api.get(`/api/reviews/${id}`).then((r) => r.body),
      api.get('/api/reviews/inbox').then((r) => r.body, () => [])]);
  } catch (e) {
    if (location.hash !== here) return;
    show(h('h1', {}, t('reviewTitle')), errorState(e, () => renderReview(id)));
    return;
  }
  if (location.hash !== here) return; // the user moved on while this loaded
  const me = session.user().username;
  const current = review.steps.find((s) => s.level === review.currentLevel);
  const mine = review.status === 'IN_REVIEW' && current && !current.decision
    && inbox.some((item) => item.documentId === review.documentId && item.level === review.currentLevel);
  const owner = mine && current.reviewer === me;
  const back = () => { refreshInboxCount(); location.hash = '#/inbox'; };
  const signer = review.signer ? review.steps.find((s) => s.reviewer === review.signer)?.reviewerName ?? review.signer : null;
  const doc = renderDocument({ ...review.content, documentNumber: review.documentNumber, documentDate: review.documentDate,
    minutesPeriod: review.minutesPeriod, signerName: signer });
  const adHoc = await adHocReviewersPanel(review, mine, () => renderReview(id));
  if (location.hash !== here) return;
  show(h('div', { class: 'page-head' }, h('h1', {}, `${t('reviewTitle')}：${review.title}`), statusBadge(review.status)),
    h('p', { class: 'muted' }, `${t('colDrafter')} ${review.drafterName ?? review.drafter} · ${when(review.submittedAt)}`),
    h('div', { class: 'two-col doc-layout' }, h('div', { class: 'doc-scroll' }, doc),
      h('aside', { class: 'side' }, mine ? decisionForm(review, back) : null,
        adHoc, recallButton(review, () => renderReview(id)), urgeForm(review), countersignStatus(review), stepsPanel(review),
        owner ? delegationForm(review, back) : null, countersignForm(review, () => renderReview(id)))));
}
