// 档案: search with filters (matches highlighted), and the record page with 档号, 文号, the full trail as a
// timeline and the document as signed.
import { api, query } from '../api.js';
import { t, when } from '../i18n.js';
import { chineseDate, renderDocument } from '../components/gongwen-layout.js';
import { DOC_TYPES } from '../components/templates.js';
import { verifyRecord } from '../components/proof.js';
import { downloadAuthorized } from '../components/attachments.js';
import { isRegistryRecord, kindText, registrySheet } from '../components/registry-record.js';
import { renditionFiles } from '../components/rendition-files.js';
import { revisionLinks } from '../components/correction.js';
import { emptyState, errorState, field, h, loading, pager, show, showViolations, table } from '../components/ui.js';

const PAGE_SIZE = 20;
const FILTERS = ['q', 'kind', 'docType', 'year', 'from', 'to'];
/** The archive's kinds of record (issue 17), as the search's kind filter takes them. */
const RECORD_KINDS = ['ISSUED_DOCUMENT', 'INCOMING', 'ASSIGNED_MATTER'];

/** Text with every case-insensitive occurrence of q wrapped in <mark> (the service matches the same way). */
export function highlighter(q) {
  const needle = (q ?? '').trim().toLowerCase();
  return (text) => {
    const s = String(text ?? '');
    if (!needle) return s;
    const parts = [];
    let at = 0;
    for (let i = s.toLowerCase().indexOf(needle); i >= 0; i = s.toLowerCase().indexOf(needle, at)) {
      parts.push(s.slice(at, i), h('mark', {}, s.slice(i, i + needle.length)));
      at = i + needle.length;
    }
    parts.push(s.slice(at));
    return parts;
  };
}

/**
 * The service's passage for a hit (highlights[id] = {field, passage}, the match between 【 and 】) as text with a
 * <mark>; only the bracket pair around the query itself is taken as the marker, so 【】 in a title stay text.
 */
function passage(highlight, q) {
  const text = highlight?.passage;
  const needle = (q ?? '').trim().toLowerCase();
  // a hit in the title is already marked in the title link itself
  if (!text || !needle || highlight.field === 'title') return null;
  for (let i = text.indexOf('【'); i >= 0; i = text.indexOf('【', i + 1)) {
    const inner = text.slice(i + 1, i + 1 + needle.length);
    if (inner.toLowerCase() === needle && text[i + 1 + needle.length] === '】') {
      return [text.slice(0, i), h('mark', {}, inner), text.slice(i + 2 + needle.length)];
    }
  }
  return text;
}

/** Where q occurs in the body: a short excerpt around the first match (services without highlights). */
function excerpt(body, q) {
  const s = String(body ?? '').replace(/\s+/g, ' ');
  const i = q ? s.toLowerCase().indexOf(q.trim().toLowerCase()) : -1;
  if (i < 0) return null;
  const start = Math.max(0, i - 24);
  return `${start > 0 ? '…' : ''}${s.slice(start, i + q.length + 40)}${i + q.length + 40 < s.length ? '…' : ''}`;
}

function searchForm(values) {
  const ctl = {
    q: h('input', { type: 'search' }),
    kind: h('select', {}, h('option', { value: '' }, t('allRecordKinds')),
      RECORD_KINDS.map((k) => h('option', { value: k }, t(`kind${k}`)))),
    docType: h('select', {}, h('option', { value: '' }, t('allKinds')),
      DOC_TYPES.map((d) => h('option', { value: d }, d))),
    year: h('input', { type: 'number', min: 1949, max: 2100 }), from: h('input', { type: 'date' }), to: h('input', { type: 'date' }),
  };
  FILTERS.forEach((k) => { ctl[k].name = k; ctl[k].value = values[k] ?? ''; });
  const form = h('form', { class: 'search panel', id: 'archive-search', role: 'search' },
    h('div', { class: 'row' }, field('f-q', t('q'), ctl.q, t('qHint')), field('f-kind', t('colKind'), ctl.kind),
      field('f-docType', t('colType'), ctl.docType),
      field('f-year', t('year'), ctl.year), field('f-from', t('from'), ctl.from), field('f-to', t('to'), ctl.to)),
    h('div', { class: 'form-errors', id: 'search-errors', 'aria-live': 'polite' }),
    h('button', { type: 'submit', id: 'search' }, t('search')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = Object.fromEntries(FILTERS.map((k) => [k, ctl[k].value.trim()]));
    location.hash = `#/archive${query({ ...next, page: 0 })}`;
  });
  return form;
}

export async function renderArchiveSearch(params) {
  const values = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? '']));
  const page = Number(params.get('page') ?? 0);
  const heading = () => h('h1', {}, t('archiveTitle'));
  const form = searchForm(values);
  show(heading(), form, loading(t('archiveTitle')).slice(1));
  const here = location.hash;
  try {
    const { body } = await api.get(`/api/archive/records${query({ ...values, page, size: PAGE_SIZE })}`);
    if (location.hash !== here) return; // the user moved on while this loaded
    const mark = highlighter(values.q);
    const go = (p) => { location.hash = `#/archive${query({ ...values, page: p })}`; };
    show(heading(), form, body.items.length === 0 ? emptyState(t('emptyArchive')) : [
      table([
        { key: 'archiveNo', label: t('colArchiveNo'), cell: (r) => h('span', { class: 'mono' }, mark(r.archiveNo)) },
        { key: 'kind', label: t('colKind'), cell: (r) => h('span', { class: `kind kind-${r.kind ?? 'ISSUED_DOCUMENT'}` }, kindText(r.kind)) },
        // a 收文 is known by its 收文编号 and its 来文字号
        { key: 'number', label: t('colNumber'), cell: (r) => (r.receiptNumber
          ? [mark(r.receiptNumber), r.documentNumber ? h('p', { class: 'muted small' }, mark(r.documentNumber)) : null]
          : mark(r.documentNumber)) },
        { key: 'title', label: t('colTitle'), cell: (r) => {
          const highlight = body.highlights?.[r.documentId];
          const hit = highlight ? passage(highlight, values.q)
            : excerpt(r.body, values.q) ? mark(excerpt(r.body, values.q)) : null;
          return [h('a', { href: `#/archive/${r.documentId}` }, mark(r.title)),
            r.senderOrgan ? h('p', { class: 'muted small' }, `${t('senderOrgan')}：`, mark(r.senderOrgan)) : null,
            // 更正 (issue 18): a revision replaced by a later one is still listed, marked
            r.superseded ? h('span', { class: 'badge superseded' }, t('superseded')) : null,
            hit ? h('p', { class: 'excerpt muted small' }, hit) : null];
        } },
        { key: 'docType', label: t('colType'), cell: (r) => r.docType },
        { key: 'date', label: t('colDate'), cell: (r) => chineseDate(r.documentDate ?? r.issuedAt) ?? '—' },
      ], body.items, { caption: t('archiveTitle') }),
      pager(page, PAGE_SIZE, body.total, go)]);
  } catch (e) {
    if (location.hash !== here) return;
    const byField = e.byField?.() ?? {};
    if (Object.keys(byField).length) {
      show(heading(), form);
      showViolations(form, byField, form.querySelector('#search-errors'));
    } else {
      show(heading(), form, errorState(e, () => renderArchiveSearch(params)));
    }
  }
}

/** 存证: filled in once the browser has checked the record's inclusion proof and the checkpoint's signature. */
function proofStatus(documentId) {
  const slot = h('span', { class: 'proof pending', dataset: { state: 'checking' } }, t('proofChecking'));
  const attempt = (left) => verifyRecord(documentId).then((result) => {
    slot.dataset.state = result.state;
    slot.className = `proof ${result.state}`;
    slot.textContent = result.state === 'verified' ? t('proofVerified', result.treeSize)
      : result.state === 'failed' ? t('proofFailed', t(`proofStep_${result.step}`)) : t('proofAbsent');
    // a record archived a moment ago joins the log with the sequencer's next checkpoint: look again for a while
    if (result.state === 'absent' && left > 0) setTimeout(() => { if (slot.isConnected) attempt(left - 1); }, 2000);
  }, () => {
    slot.dataset.state = 'error';
    slot.className = 'proof error';
    slot.textContent = t('proofError');
  });
  attempt(15);
  return slot;
}

function fact(label, value, id) {
  return [h('dt', {}, label), h('dd', { id }, value ?? '—')];
}

/** The record's trail as a timeline; the archive's own act (RENDERED, issue 18) comes after 归档. */
function trailPanel(record) {
  return h('section', { class: 'panel', 'aria-labelledby': 'trail-h', id: 'trail' }, h('h2', { id: 'trail-h' }, t('trailTitle')),
    h('ol', { class: 'timeline' }, [...(record.trail ?? []).filter((e) => e.action !== 'RENDERED'),
      { action: 'ARCHIVED', at: record.archivedAt, actorName: record.archiveNo },
      ...(record.trail ?? []).filter((e) => e.action === 'RENDERED')]
      .map((e) => h('li', { class: `step done action-${e.action}` },
        h('div', { class: 'step-head' }, h('strong', {}, t(`action${e.action}`)),
          h('span', { class: 'muted small' }, when(e.at))),
        h('p', {}, [e.actorName ?? e.actor, e.role ? `（${t(`role${e.role}`)}）` : ''].join('')),
        e.opinion ? h('p', { class: 'opinion-text' }, e.opinion) : null))));
}

export async function renderRecord(id) {
  show(loading(t('recordTitle')));
  let record;
  const here = location.hash;
  try {
    record = (await api.get(`/api/archive/records/${id}`)).body;
  } catch (e) {
    if (location.hash !== here) return;
    show(h('h1', {}, t('recordTitle')), errorState(e, () => renderRecord(id)));
    return;
  }
  if (location.hash !== here) return; // the user moved on while this loaded
  const registry = isRegistryRecord(record);
  let trail = trailPanel(record);
  const facts = h('dl', { class: 'facts', id: 'record-facts' },
    fact(t('colKind'), kindText(record.kind), 'record-kind'),
    fact(t('colArchiveNo'), h('span', { class: 'mono' }, record.archiveNo), 'record-archive-no'),
    registry && record.receiptNumber ? fact(t('receiptNumber'), record.receiptNumber, 'record-receipt-number') : null,
    registry && record.senderOrgan ? fact(t('senderOrgan'), record.senderOrgan, 'record-sender-organ') : null,
    record.kind === 'ASSIGNED_MATTER' ? null
      : fact(registry ? t('senderNumber') : t('colNumber'), record.documentNumber, 'record-number'),
    record.kind === 'ASSIGNED_MATTER' ? null
      : fact(registry ? t('receivedOn') : t('colDate'), chineseDate(record.documentDate ?? record.issuedAt)),
    fact(registry ? t('leaderAssigned') : t('signer'), record.signerName ?? record.signer),
    fact(t('retention'), t(`ret${record.retention}`)),
    fact(t('archivedAt'), when(record.archivedAt)),
    fact(t('contentHash'), h('code', { class: 'hash' }, record.contentHash)),
    fact(t('proof'), proofStatus(record.documentId), 'record-proof'),
    // the archival package: content, attachments, DA/T 48 metadata, proof and checkpoint (archive-verifier checks it)
    fact(t('exportPackage'), h('button', { type: 'button', class: 'link', id: 'record-export',
      onclick: () => downloadAuthorized(`/api/archive/records/${record.documentId}/package`, `${record.archiveNo}.zip`) },
    t('download'))),
    // once the files are made, the trail is shown again with the archive's RENDERED act at its end; a 收文 or
    // 交办事项 has no 公文 layout of ours, hence no files: the archive keeps its 处理单 (交办单)
    registry ? null : fact(t('renditionFiles'), renditionFiles(record, (now) => trail.replaceWith(trail = trailPanel(now))),
      'record-rendition'));
  const doc = registry ? registrySheet(record) : renderDocument({ ...record, signerName: record.signerName });
  show(h('div', { class: 'page-head' }, h('h1', {}, `${t('recordTitle')}：${record.title}`),
    h('a', { class: 'button secondary', href: '#/archive', onclick: (e) => { if (history.length > 1) { e.preventDefault(); history.back(); } } }, t('back'))),
  h('div', { class: 'two-col doc-layout' }, h('div', { class: 'doc-scroll' }, doc), h('aside', { class: 'side' }, ...revisionLinks(record), facts, trail)));
}
