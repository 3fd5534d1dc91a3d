// 痕迹: a draft's saved versions (which were submitted, with the opinions on them) and a side-by-side diff of a
// version against an earlier one — deletions struck through on the left, insertions underlined on the right, moved
// passages marked.
import { api } from '../api.js';
import { t, when } from '../i18n.js';
import { errorState, h } from './ui.js';

/** A changed field's name as the draft form labels it (in the language shown when the diff is drawn). */
const FIELD_LABELS = { title: () => t('fTitle'), body: () => t('fBody'), remarks: () => t('fRemarks'),
  docType: () => t('fDocType'), direction: () => t('fDirection'), urgency: () => t('fUrgency'),
  classification: () => t('fClass'), classificationPeriodYears: () => t('fPeriod'), mainRecipients: () => t('fMain'),
  copyRecipients: () => t('fCopy'), attachments: () => t('fAttach') };

const label = (field) => (FIELD_LABELS[field] ? FIELD_LABELS[field]() : field);

function plain(value) {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' ? v.name ?? JSON.stringify(v) : v)).join('、') || '—';
  return String(value);
}

/** One text field's ops as two columns: before (EQUAL + DELETE) and after (EQUAL + INSERT). */
function sideBySide(result) {
  const piece = (op) => {
    const moved = op.move !== null && op.move !== undefined ? { 'data-move': String(op.move), title: t('moved') } : {};
    if (op.kind === 'DELETE') return h('del', moved, op.text);
    if (op.kind === 'INSERT') return h('ins', moved, op.text);
    return op.text;
  };
  const before = result.ops.filter((op) => op.kind !== 'INSERT').map(piece);
  const after = result.ops.filter((op) => op.kind !== 'DELETE').map(piece);
  return h('div', { class: 'diff-cols' }, h('div', { class: 'diff-col' }, before), h('div', { class: 'diff-col' }, after));
}

function changeView(change) {
  return h('section', { class: 'diff-change', dataset: { field: change.field } }, h('h3', {}, label(change.field)),
    change.text ? sideBySide(change.text)
      : h('div', { class: 'diff-cols' }, h('div', { class: 'diff-col' }, h('del', {}, plain(change.before))),
        h('div', { class: 'diff-col' }, h('ins', {}, plain(change.after)))));
}

async function showDiff(draftId, from, to, slot) {
  slot.replaceChildren(h('p', { class: 'muted', role: 'status' }, t('loading')));
  try {
    const { body } = await api.get(`/api/drafts/${draftId}/diff?from=${from}&to=${to}`);
    slot.replaceChildren(h('div', { class: 'panel diff', id: 'diff', 'aria-live': 'polite' },
      h('h2', {}, t('diffTitle', from, to)),
      h('div', { class: 'diff-cols diff-head', 'aria-hidden': 'true' }, h('strong', {}, t('before')), h('strong', {}, t('after'))),
      body.changes.length ? body.changes.map(changeView) : h('p', {}, t('noChanges'))));
    slot.scrollIntoView({ block: 'nearest' });
  } catch (e) {
    slot.replaceChildren(errorState(e));
  }
}

/**
 * Each version is compared with the last earlier version that went to the reviewers (what they read and
 * returned), or else with the one just before it: "what changed since they saw it" is the question 痕迹 answers.
 */
function compareButton(draft, v, versions, diffSlot) {
  const base = versions.find((x) => x.version < v.version && (x.submittedAs ?? []).length)?.version
    ?? (v.version > 1 ? v.version - 1 : null);
  if (!base) return null;
  return h('button', { type: 'button', class: 'link', id: `compare-${v.version}`,
    onclick: () => showDiff(draft.id, base, v.version, diffSlot) }, t('compareWith', base));
}

/** The side panel: versions newest first, each with its compareButton; the diff goes into diffSlot. */
export function versionsPanel(draft, diffSlot) {
  const list = h('ol', { class: 'versions', reversed: true }, h('li', { class: 'muted' }, t('loading')));
  api.get(`/api/drafts/${draft.id}/versions`).then(({ body }) => {
    const versions = [...body].sort((a, b) => b.version - a.version);
    list.replaceChildren(...versions.map((v) => h('li', { dataset: { version: String(v.version) } },
      h('span', {}, `${t('versionN', v.version)} · ${when(v.savedAt)}`),
      (v.submittedAs ?? []).length ? h('span', { class: 'badge' }, v.submittedAs.map((r) => t('submittedAs', r)).join('、')) : null,
      compareButton(draft, v, versions, diffSlot),
      (v.opinions ?? []).map((o) => h('p', { class: 'opinion-text small' }, `${o.reviewer?.name ?? ''}：${o.opinion}`)))));
  }, () => list.replaceChildren(h('li', { class: 'muted' }, '—')));
  return h('section', { class: 'panel', 'aria-labelledby': 'versions-h', id: 'versions' },
    h('h2', { id: 'versions-h' }, t('versionsTitle')), list);
}
