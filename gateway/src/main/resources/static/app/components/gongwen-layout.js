// A document as it will be printed (GB/T 9704-2012, reference.md §2): 版头 (份号, 密级★期限, 紧急程度 top left in
// that order — GB-COPY-1, GB-SEC-2, GB-URG-2 — then the red 发文机关标志, 文号 with 签发人 for 上行文, red rule),
// 主体 (title, 主送, body, 附件说明, 署名, 成文日期, 附注), 版记 (抄送, 印发机关 and 印发日期 between rules).
// Shared by the draft preview, the reviewer and the archive.
import { t } from '../i18n.js';
import { h } from './ui.js';

/** The issuing organ of the demo organisation (contract §1); organisation data, not yet served by an API. */
export const ORGAN = { name: '江城市民政局', mark: '江城市民政局文件', office: '江城市民政局办公室' };

/** GB-DATE-1: Arabic numerals, full year, no zero padding ("2026年1月5日"). Input: ISO date or instant. */
export function chineseDate(value) {
  if (!value) return null;
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value
    : new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(value));
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** GB-SEC-2: 密级★期限, e.g. 秘密★1年 (the period only when one is given). */
function secrecyMark(doc) {
  if (!doc.classification) return null;
  return doc.classificationPeriodYears ? `${doc.classification}★${doc.classificationPeriodYears}年` : doc.classification;
}

/** GB-ATT-1: "附件：name" for one, numbered "1. name" lines aligned under the first for several. */
function attachmentNote(attachments) {
  const names = (attachments ?? []).map((a) => a.name).filter(Boolean);
  if (names.length === 0) return null;
  if (names.length === 1) return h('div', { class: 'gw-attachments' }, h('span', {}, '附件：'), h('span', {}, names[0]));
  return h('div', { class: 'gw-attachments' }, h('span', {}, '附件：'),
    h('ol', {}, names.map((n) => h('li', {}, n))));
}

/** GB-NOTE-1: 附注 in parentheses, whether or not the drafter typed them. */
function remarksNote(remarks) {
  if (!remarks?.trim()) return null;
  const text = remarks.trim();
  return h('p', { class: 'gw-remarks' }, /^[（(].*[）)]$/.test(text) ? text : `（${text}）`);
}

/** GB-CC-1: 抄送：a，b。 — fullwidth colon, commas between organs, a full stop at the end. */
function copyLine(copyRecipients) {
  const names = (copyRecipients ?? []).filter(Boolean);
  return names.length ? h('p', { class: 'gw-cc' }, `抄送：${names.join('，')}。`) : null;
}

/**
 * doc: the content fields (docType, title, mainRecipients, copyRecipients, body, urgency, classification,
 * classificationPeriodYears, direction, attachments, remarks) plus, once signed, documentNumber, documentDate
 * (or issuedAt) and signerName. Before 签发 the number and date are shown as pending, never invented (GB-NO-3).
 */
export function renderDocument(doc, { highlight } = {}) {
  const mark = (text) => (highlight ? highlight(text) : text);
  const date = chineseDate(doc.documentDate ?? doc.issuedAt);
  const upward = doc.direction === '上行';
  const head = h('div', { class: 'gw-head' },
    h('div', { class: 'gw-marks' },
      doc.copyNumber ? h('p', { class: 'gw-copy-no' }, doc.copyNumber) : null,
      doc.classification ? h('p', { class: 'gw-secrecy' }, secrecyMark(doc)) : null,
      doc.urgency ? h('p', { class: 'gw-urgency' }, doc.urgency) : null),
    h('p', { class: 'gw-organ-mark' }, ORGAN.mark),
    h('div', { class: `gw-number-line ${upward ? 'upward' : ''}` },
      h('span', { class: 'gw-number' }, doc.documentNumber ? mark(doc.documentNumber) : h('span', { class: 'pending' }, t('pendingNumber'))),
      upward ? h('span', { class: 'gw-signer' }, '签发人：', doc.signerName ?? '') : null),
    h('hr', { class: 'gw-red-rule' }));
  const paragraphs = String(doc.body ?? '').split(/\n+/).filter((p) => p.trim());
  const main = h('div', { class: 'gw-main' },
    h('h2', { class: 'gw-title' }, mark(doc.title ?? '')),
    (doc.mainRecipients ?? []).length ? h('p', { class: 'gw-to' }, `${doc.mainRecipients.join('、')}：`) : null,
    h('div', { class: 'gw-body' }, paragraphs.map((p) => h('p', {}, mark(p.trim())))),
    attachmentNote(doc.attachments),
    h('div', { class: 'gw-signoff' },
      h('p', { class: 'gw-organ' }, ORGAN.name),
      h('p', { class: 'gw-date' }, date ?? h('span', { class: 'pending' }, t('pendingDate')))),
    remarksNote(doc.remarks));
  const colophon = h('div', { class: 'gw-colophon' },
    copyLine(doc.copyRecipients),
    h('p', { class: 'gw-print' }, h('span', {}, ORGAN.office),
      h('span', {}, date ? `${date}印发` : h('span', { class: 'pending' }, t('pendingDate')))));
  return h('article', { class: 'gw-page', lang: 'zh-CN', 'aria-label': t('docNavLabel'), id: 'gw-document' }, head, main, colophon);
}
