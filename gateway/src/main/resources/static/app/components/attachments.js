// 附件: the 附件说明 entries of a draft, each with its uploaded file (type and size as the service sniffed them,
// download link) or a button to upload it. Names are edited in place and saved with the draft, echoing each file's
// sha256 so a save keeps the file (drafting-service README "Attachments").
import { api } from '../api.js';
import { t } from '../i18n.js';
import { h } from './ui.js';

const size = (bytes) => (bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** Saves what an authorised GET answers as a file: a plain link cannot carry the bearer token, so fetch a blob. */
export async function downloadAuthorized(path, name) {
  const response = await fetch(path, { cache: 'no-store',
    headers: { Authorization: `Bearer ${sessionStorage.getItem('gongwen.token')}` } });
  if (!response.ok) return;
  const url = URL.createObjectURL(await response.blob());
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

const download = (draftId, n, name) => downloadAuthorized(`/api/drafts/${draftId}/attachments/${n}`, name);

/**
 * entries: the draft's attachments; editable; persist(kind, n, file) uploads (kind 'add' | 'replace') or removes
 * ('remove') and re-renders. Returns {element, value()} where value() is what a save sends.
 */
export function attachmentsEditor(draftId, entries, editable, persist) {
  const rows = (entries ?? []).map((a, i) => {
    const name = h('input', { type: 'text', 'aria-label': `${t('fAttach')} ${i + 1}`, id: `attachment-name-${i + 1}` });
    name.value = a.name ?? '';
    name.disabled = !editable;
    const file = h('input', { type: 'file', class: 'sr-only', id: `attachment-file-${i + 1}`,
      onchange: () => file.files[0] && persist('replace', i + 1, file.files[0]) });
    const info = a.sha256
      ? h('span', { class: 'file-info' }, `${a.contentType ?? ''} · ${size(a.size ?? 0)} `,
        draftId ? h('button', { type: 'button', class: 'link', onclick: () => download(draftId, i + 1, a.name) }, t('download')) : null)
      : h('span', { class: 'file-missing' }, t('fileMissing'));
    return { sha256: a.sha256, name, element: h('li', { class: 'attachment' }, h('span', { class: 'n' }, `${i + 1}.`), name, info,
      editable && draftId ? [h('label', { class: 'button secondary small-button', for: `attachment-file-${i + 1}` },
        a.sha256 ? t('replaceFile') : t('uploadFile')), file,
      h('button', { type: 'button', class: 'link', onclick: () => persist('remove', i + 1) }, t('remove'))] : null) };
  });
  const add = h('input', { type: 'file', class: 'sr-only', id: 'attachment-add',
    onchange: () => add.files[0] && persist('add', null, add.files[0]) });
  const element = h('div', { class: 'attachments' },
    rows.length ? h('ol', { class: 'attachment-list' }, rows.map((r) => r.element)) : h('p', { class: 'muted' }, t('none')),
    editable ? [h('label', { class: 'button secondary', for: 'attachment-add' }, t('addAttachment')), add] : null);
  return {
    element,
    value: () => rows.map((r) => ({ name: r.name.value.trim(), sha256: r.sha256 ?? undefined })).filter((a) => a.name),
  };
}

/** The upload, replacement or removal itself: a save with If-Match, answering the new draft and ETag. */
export async function changeAttachment(draft, etag, kind, n, file) {
  if (kind === 'remove') return api.delete(`/api/drafts/${draft.id}/attachments/${n}`, etag);
  const form = new FormData();
  form.append('file', file);
  return kind === 'add' ? api.upload('POST', `/api/drafts/${draft.id}/attachments`, form, etag)
    : api.upload('PUT', `/api/drafts/${draft.id}/attachments/${n}`, form, etag);
}

