// 拟稿: a form for every element with its 附件, saved with If-Match and checked against the format rules when a
// changed field is left, on 检查格式 and before 送审 (each violation beside its field with rule id and suggested fix),
// submit and withdraw, a print preview; beside it the chain, the return opinions and the saved versions (痕迹).
import { api, ApiError } from '../api.js';
import { problemText, t, when } from '../i18n.js';
import { renderDocument } from '../components/gongwen-layout.js';
import { DOC_TYPES } from '../components/templates.js';
import { errorState, field, h, loading, notify, show, showViolations, statusBadge, violationItem } from '../components/ui.js';
import { whereIs } from '../components/draft-where.js';
import { canCorrect, correctionControls } from '../components/correction.js';
import { versionsPanel } from '../components/versions.js';
import { attachmentsEditor, changeAttachment } from '../components/attachments.js';

const EDITABLE = ['DRAFT', 'RETURNED'];
const lines = (text) => String(text ?? '').split('\n').map((s) => s.trim()).filter(Boolean);

function select(options, value, { blank } = {}) {
  const el = h('select', {}, blank ? h('option', { value: '' }, blank) : null,
    options.map((o) => h('option', { value: o }, o)));
  el.value = value ?? '';
  return el;
}

function textarea(value, rows) {
  const el = h('textarea', { rows });
  el.value = value ?? '';
  return el;
}

function input(type, value) {
  const el = h('input', { type });
  el.value = value ?? '';
  return el;
}

/** The form's controls, named as the API's fields so that violations[].field finds them. */
function controls(content) {
  return {
    docType: select(DOC_TYPES, content.docType),
    title: input('text', content.title),
    mainRecipients: textarea((content.mainRecipients ?? []).join('\n'), 2),
    copyRecipients: textarea((content.copyRecipients ?? []).join('\n'), 2),
    direction: select(['上行', '下行', '平行'], content.direction, { blank: '—' }),
    urgency: select(['特急', '加急'], content.urgency, { blank: t('none') }),
    classification: select(['秘密', '机密', '绝密'], content.classification, { blank: t('none') }),
    classificationPeriodYears: Object.assign(input('number', content.classificationPeriodYears), { min: 1, max: 30 }),
    copyNumber: Object.assign(input('text', content.copyNumber), { inputMode: 'numeric' }),
    body: textarea(content.body, 10),
    remarks: input('text', content.remarks),
  };
}

function contentOf(c, attachments) {
  const period = c.classificationPeriodYears.value.trim();
  return {
    docType: c.docType.value,
    title: c.title.value.trim(),
    mainRecipients: lines(c.mainRecipients.value),
    copyRecipients: lines(c.copyRecipients.value),
    direction: c.direction.value || null,
    urgency: c.urgency.value || null,
    classification: c.classification.value || null,
    classificationPeriodYears: period ? Number(period) : null,
    copyNumber: c.copyNumber.value.trim() || null,
    body: c.body.value.replace(/\r/g, ''),
    attachments: attachments.value(),
    remarks: c.remarks.value.trim() || null,
  };
}

function chainPanel(draft) {
  const chain = draft?.chain ?? [];
  return h('section', { class: 'panel', 'aria-labelledby': 'chain-h' }, h('h2', { id: 'chain-h' }, t('chainTitle')),
    draft ? h('p', { id: 'draft-where' }, statusBadge(draft.status), ' ', whereIs(draft)) : h('p', {}, t('whereDraft')),
    // the review page is where the drafter urges (催办) or asks for 会签
    draft && draft.status === 'IN_REVIEW' ? h('p', {}, h('a', { href: `#/reviews/${draft.id}`, id: 'review-link' }, t('reviewDetails'))) : null,
    chain.length ? h('ol', { class: 'steps' }, chain.map((l) => h('li', { class: l.decided ? 'done' : 'open' },
      h('strong', {}, `${t('levelN', l.level)} ${t(`role${l.role}`)} ${l.reviewer?.name ?? ''}`), ' ',
      l.decided ? h('span', { class: 'decision' }, t(`decision${l.decision}`), l.opinion ? `：${l.opinion}` : '') : t('pending'))))
      : null);
}

function opinionsPanel(draft) {
  const opinions = draft?.returnedOpinions ?? [];
  if (!opinions.length) return null;
  return h('section', { class: 'panel returned', 'aria-labelledby': 'returned-h', id: 'returned-opinions' },
    h('h2', { id: 'returned-h' }, t('returnedTitle')),
    opinions.map((o) => h('blockquote', { class: 'opinion' }, h('p', {}, o.opinion),
      h('footer', {}, `${o.reviewer?.name ?? ''}（${t(`role${o.role}`)}）· ${when(o.decidedAt)}`))));
}

/** A new draft starts from the service's per-kind template (GET /api/drafts/templates/{docType}), else empty. */
async function startingContent(kind) {
  const docType = DOC_TYPES.includes(kind) ? kind : '请示';
  try {
    return (await api.get(`/api/drafts/templates/${encodeURIComponent(docType)}`)).body.draft;
  } catch {
    return { docType, mainRecipients: [], copyRecipients: [], attachments: [] };
  }
}

export async function renderDraftForm(id, kind) {
  const title = id ? t('editTitle') : t('newTitle');
  if (id) show(loading(title));
  let draft = null;
  let etag = null;
  const here = location.hash;
  if (id) {
    try {
      const response = await api.get(`/api/drafts/${id}`);
      if (location.hash !== here) return; // the user moved on while this loaded
      draft = response.body;
      etag = response.etag;
    } catch (e) {
      show(h('h1', {}, title), errorState(e, () => renderDraftForm(id)));
      return;
    }
  }
  const editable = !draft || EDITABLE.includes(draft.status);
  const c = controls(draft ?? await startingContent(kind));
  Object.values(c).forEach((el) => { el.disabled = !editable; });
  // files need a saved draft: save first, then the upload is itself a save (If-Match, new version)
  const attachments = attachmentsEditor(draft?.id, draft?.attachments, editable, async (action, n, file) => {
    if (!(await save())) return;
    try {
      await changeAttachment(draft, etag, action, n, file);
      renderDraftForm(draft.id);
    } catch (e) {
      problem(e);
    }
  });
  const general = h('div', { class: 'form-errors', id: 'form-errors', 'aria-live': 'polite' });
  const checkBox = h('div', { class: 'check-result', id: 'check-result', 'aria-live': 'polite' });
  const dirtyMark = h('span', { class: 'dirty', id: 'dirty', 'aria-live': 'polite' });
  const preview = h('div', { class: 'preview', id: 'preview', hidden: true });
  let dirty = false;
  let edits = 0; // counts input events, so typing during a save keeps the form dirty
  let queue = Promise.resolve();

  const form = h('form', { class: 'draft-form', id: 'draft-form', novalidate: true, onsubmit: (e) => e.preventDefault() },
    h('div', { class: 'row' }, field('f-docType', t('fDocType'), c.docType), field('f-direction', t('fDirection'), c.direction),
      field('f-urgency', t('fUrgency'), c.urgency)),
    field('f-title', t('fTitle'), c.title),
    h('div', { class: 'row' }, field('f-mainRecipients', t('fMain'), c.mainRecipients, t('fMainHint')),
      field('f-copyRecipients', t('fCopy'), c.copyRecipients, t('fMainHint'))),
    h('div', { class: 'row' }, field('f-classification', t('fClass'), c.classification),
      field('f-classificationPeriodYears', t('fPeriod'), c.classificationPeriodYears),
      field('f-copyNumber', t('fCopyNumber'), c.copyNumber)),
    field('f-body', t('fBody'), c.body, t('fBodyHint')),
    h('div', { class: 'field', dataset: { field: 'f-attachments' }, role: 'group', 'aria-labelledby': 'f-attachments-label' },
      h('span', { class: 'label', id: 'f-attachments-label' }, t('fAttach')), attachments.element,
      h('div', { class: 'field-errors', id: 'f-attachments-errors', 'aria-live': 'polite' })),
    field('f-remarks', t('fRemarks'), c.remarks),
    general);

  const setDirty = (value) => { dirty = value; dirtyMark.textContent = value ? t('unsaved') : ''; };

  const problem = (e) => {
    if (!(e instanceof ApiError)) throw e;
    if (e.status === 412) {
      general.replaceChildren(h('p', { class: 'violation error' }, t('staleVersion'), ' ',
        h('button', { type: 'button', class: 'secondary', onclick: () => renderDraftForm(draft.id) }, t('reload'))));
      return;
    }
    showViolations(form, e.byField(), general, applyFix);
    if (!e.problem?.violations?.length) general.replaceChildren(h('p', { class: 'violation error', role: 'alert' }, problemText(e.problem)));
  };

  /** Saves only when something changed; the first save creates the draft and gives the page its address. */
  const save = () => (queue = queue.then(async () => {
    if (draft && !dirty) return true;
    const savedAt = edits;
    try {
      const response = draft ? await api.put(`/api/drafts/${draft.id}`, contentOf(c, attachments), etag)
        : await api.post('/api/drafts', contentOf(c, attachments));
      draft = response.body;
      etag = response.etag;
      setDirty(edits !== savedAt);
      history.replaceState(null, '', `#/drafts/${draft.id}`);
      side.replaceChildren(...sidePanels());
      return true;
    } catch (e) {
      problem(e);
      return false;
    }
  }));

  const check = async () => {
    if (!(await save())) return null;
    const { body } = await api.post(`/api/drafts/${draft.id}/check`, {});
    const byField = {};
    body.violations.forEach((v) => (byField[v.field] ??= []).push(v));
    showViolations(form, byField, general, applyFix);
    checkBox.replaceChildren(body.violations.length === 0 ? h('p', { class: 'ok' }, t('checkOk'))
      : h('div', {}, h('h3', {}, t('checkTitle')), body.violations.map((v) => violationItem(v))));
    return body.violations;
  };

  function applyFix(name, value) {
    if (value === undefined || value === null || !c[name]) return;
    c[name].value = value;
    edits += 1;
    setDirty(true);
    c[name].focus();
    check();
  }

  /** 送审 and 撤回: the state change, then the draft as it now stands (or the refusal beside the fields). */
  const act = async (action, done) => {
    try {
      await api.post(`/api/drafts/${draft.id}/${action}`, {});
      notify(done());
      renderDraftForm(draft.id);
    } catch (e) {
      problem(e);
    }
  };
  const submit = async () => { if ((await check()) !== null) await act('submit', () => t('submitted')); };
  const withdraw = () => act('withdraw', () => t('withdrawn'));

  const togglePreview = (button) => {
    preview.hidden = !preview.hidden;
    button.textContent = preview.hidden ? t('preview') : t('hidePreview');
    button.setAttribute('aria-expanded', String(!preview.hidden));
    if (!preview.hidden) {
      preview.replaceChildren(renderDocument({ ...contentOf(c, attachments), documentNumber: draft?.documentNumber,
        issuedAt: draft?.issuedAt, signerName: draft?.signer?.name }));
    }
  };

  const diffSlot = h('div', { id: 'diff-slot' });
  const sidePanels = () => [chainPanel(draft), opinionsPanel(draft), draft ? versionsPanel(draft, diffSlot) : null].filter(Boolean);
  const side = h('aside', { class: 'side' }, sidePanels());

  form.addEventListener('input', () => { edits += 1; setDirty(true); });
  // "live" check: a changed field is saved and checked when the drafter leaves it
  form.addEventListener('change', () => { if (editable && draft) check(); });

  const previewButton = h('button', { type: 'button', class: 'secondary', id: 'preview-toggle', 'aria-expanded': 'false',
    'aria-controls': 'preview', onclick: () => togglePreview(previewButton) }, t('preview'));
  const canWithdraw = draft?.status === 'IN_REVIEW' && !(draft.chain ?? []).some((l) => l.decided);
  const correction = canCorrect(draft) ? correctionControls(draft, c, () => contentOf(c, attachments),
    () => renderDraftForm(draft.id), problem) : null;
  const actions = h('div', { class: 'actions' },
    editable ? h('button', { type: 'button', class: 'secondary', id: 'save', onclick: async () => { if (await save()) notify(t('saved')); } }, t('save')) : null,
    editable ? h('button', { type: 'button', class: 'secondary', id: 'check', onclick: check }, t('check')) : null,
    editable ? h('button', { type: 'button', id: 'submit', onclick: submit }, t('submit')) : null,
    canWithdraw ? h('button', { type: 'button', class: 'danger', id: 'withdraw', onclick: withdraw }, t('withdraw')) : null,
    correction?.open, previewButton, dirtyMark);
  // the chain arrives by event a moment after 送审: look again while this page stays open, and draw the page again
  // only once it is there (drawing it on every look took away a comparison the drafter had just opened)
  if (draft?.status === 'IN_REVIEW' && !(draft.chain ?? []).length) {
    const here = location.hash;
    const lookAgain = async () => {
      if (location.hash !== here) return;
      const fresh = await api.get(`/api/drafts/${draft.id}`).catch(() => null);
      if (location.hash !== here) return;
      if ((fresh?.body?.chain ?? []).length) renderDraftForm(draft.id);
      else setTimeout(lookAgain, 1500);
    };
    setTimeout(lookAgain, 1500);
  }
  show(h('div', { class: 'page-head' }, h('h1', {}, editable ? title : t('viewTitle')),
    draft ? statusBadge(draft.status) : null),
  h('div', { class: 'two-col' }, h('div', {}, form, checkBox, actions, correction?.panel, preview, diffSlot), side));
}
