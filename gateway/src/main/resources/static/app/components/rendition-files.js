// 版式文件 (issue 18) beside an archive record: the PDF/A-2b and OFD downloads once the archive has made them. While
// they are being made the record is asked again, less and less often, until they are there, the worker gave up, or
// the deadline passes (each ask is a logged read); then a 刷新 button asks again. When they are made the caller is
// handed the record as it stands, its trail ending with the archive's RENDERED act. A render the worker gave up is
// re-queued from here by 档案 staff (AUDITOR, RENDITION-RETRY-1) once its cause is fixed.
import { api, session } from '../api.js';
import { problemText, t } from '../i18n.js';
import { downloadAuthorized } from './attachments.js';
import { h } from './ui.js';

const FIRST_WAIT_MS = 2000;
const LONGEST_WAIT_MS = 15000;
const DEADLINE_MS = 120000;

/** The slot for the 版式文件 fact; onRendered(record) once the files exist after the page was shown. */
export function renditionFiles(record, onRendered = () => {}) {
  const slot = h('span', { class: 'renditions', 'aria-live': 'polite' });
  const path = `/api/archive/records/${record.documentId}`;
  const name = record.documentNumber || record.archiveNo;
  let deadline = 0;

  const download = (format, sha256, label) => h('button', { type: 'button', class: 'link',
    id: `record-rendition-${format}`, title: `SHA-256 ${sha256}`,
    onclick: () => downloadAuthorized(`${path}/rendition.${format}`, `${name}.${format}`) }, label);

  const retryButton = () => {
    // shown only with the service's refusal in it (an empty alert box would still be drawn)
    const message = h('span', { class: 'violation error', role: 'alert', id: 'record-rendition-retry-error',
      hidden: true });
    const button = h('button', { type: 'button', class: 'secondary small', id: 'record-rendition-retry',
      onclick: async () => {
        button.disabled = true;
        message.hidden = true;
        try {
          await api.post(`${path}/rendition/retry`);
          fill({ state: 'pending' });
          watch();
        } catch (e) {
          button.disabled = false;
          message.textContent = problemText(e.problem);
          message.hidden = false;
        }
      } }, t('renditionRetry'));
    return [' ', button, ' ', message];
  };

  const fill = (rendition) => {
    const state = rendition?.state ?? 'none';
    slot.dataset.state = state;
    if (state === 'rendered') {
      slot.replaceChildren(download('pdf', rendition.pdfSha256, t('downloadPdf')), ' ',
        download('ofd', rendition.ofdSha256, t('downloadOfd')));
    } else if (state === 'failed' && session.has('AUDITOR')) {
      slot.replaceChildren(h('span', { class: 'muted' }, t('renditionFailedFix')), ...retryButton());
    } else {
      const text = { pending: t('renditionPending'), failed: t('renditionFailed') }[state] ?? t('renditionNone');
      slot.replaceChildren(h('span', { class: 'muted' }, text));
    }
  };

  const offerRefresh = () => {
    if (slot.querySelector('#record-rendition-refresh')) return;
    slot.append(' ', h('button', { type: 'button', class: 'link', id: 'record-rendition-refresh',
      onclick: () => watch(0) }, t('renditionRefresh')));
  };

  const ask = (wait) => setTimeout(() => {
    if (!slot.isConnected) return;
    api.get(path).then(({ body }) => {
      if (!slot.isConnected) return;
      fill(body.rendition);
      const state = body.rendition?.state;
      if (state === 'rendered') onRendered(body);
      else if (state === 'pending') {
        if (Date.now() < deadline) ask(Math.min(wait * 1.5 || FIRST_WAIT_MS, LONGEST_WAIT_MS));
        else offerRefresh();
      }
    }, () => offerRefresh());
  }, wait);

  const watch = (wait = FIRST_WAIT_MS) => {
    deadline = Date.now() + DEADLINE_MS;
    ask(wait);
  };

  fill(record.rendition);
  if (record.rendition?.state === 'pending') watch();
  return slot;
}
