// A document as it will be printed (GB/T 9704-2012, reference.md §2): 版头 (份号, 密级★期限, 紧急程度 top left in
// that order — GB-COPY-1, GB-SEC-2, GB-URG-2 — then the red 发文机关标志, 文号 with 签发人 for 上行文, red rule),
// 主体 (title, 主送, body, 附件说明, 署名, 成文日期, 附注), 版记 (抄送, 印发机关 and 印发日期 between rules).
// 函, 命令 and 纪要 take the special formats of GB/T 9704 §10 as the archive's PDF/OFD renditions do
// (docs/renditions.md): 信函格式, 命令格式, 纪要格式. Shared by the draft preview, the reviewer and the archive.
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

/** GB/T 9704 §10 by 文种 (rendition layout.DocumentFormat). */
function formatOf(docType) {
  if (docType === '函') return 'letter';
  if (docType === '命令' || docType === '令') return 'order';
  return docType === '纪要' ? 'minutes' : 'general';
}

/** 纪要: the title is the mark when it names the minutes (…纪要 without 关于), else the organ and 纪要. */
function minutesMark(title) {
  const t2 = (title ?? '').trim();
  return t2.endsWith('纪要') && !t2.includes('关于') ? t2 : `${ORGAN.name}纪要`;
}

/** 纪要 (GB/T 9704 10.3): 出席/请假/列席 typed as paragraphs of the body, set after it in that order. */
const ATTENDANCE = ['出席', '请假', '列席'];
function attendanceOf(paragraph) {
  const p = paragraph.trim();
  const label = ATTENDANCE.find((l) => p.startsWith(`${l}：`) || p.startsWith(`${l}:`));
  return label ? { label, names: p.slice(label.length + 1).trim() } : null;
}

/** 命令: its serial as 第N号 (江民令〔2026〕3号 → 第3号). */
function orderNumber(documentNumber) {
  const serial = /〔\d{4}〕(\d+)号$/.exec(documentNumber ?? '');
  return documentNumber?.startsWith('第') || !serial ? documentNumber : `第${serial[1]}号`;
}

function marks(doc) {
  return [doc.copyNumber ? h('p', { class: 'gw-copy-no' }, doc.copyNumber) : null,
    doc.classification ? h('p', { class: 'gw-secrecy' }, secrecyMark(doc)) : null,
    doc.urgency ? h('p', { class: 'gw-urgency' }, doc.urgency) : null];
}

/** 签发人职务 under a 令: the role of the 签发 act of the trail, as printed (the rendition does the same). */
const TITLES = { CHIEF: '局长', DIRECTOR: '主任', DEPUTY_DIRECTOR: '分管主任' };
function signerTitle(trail) {
  const role = [...(trail ?? [])].reverse().find((e) => e.action === 'SIGNED')?.role;
  return role ? TITLES[role] ?? role : '';
}

/** The 版头 of each format; numberText is the 文号 (or its pending placeholder). */
function head(doc, format, numberText, date) {
  if (format === 'letter') {
    // 信函格式: the organ's name alone above a red double line; 份号… left and 文号 right under it
    return h('div', { class: 'gw-head gw-letter-head' },
      h('p', { class: 'gw-organ-mark' }, ORGAN.name), h('hr', { class: 'gw-double-rule' }),
      h('div', { class: 'gw-letter-marks' }, h('div', { class: 'gw-marks' }, marks(doc)),
        h('span', { class: 'gw-number' }, numberText)));
  }
  if (format === 'order') {
    // 命令格式: organ and 令, the 令号 below, no rule
    const suffix = (doc.title ?? '').trim().endsWith('命令') ? '命令' : '令';
    return h('div', { class: 'gw-head' }, h('p', { class: 'gw-organ-mark' }, `${ORGAN.name}${suffix}`),
      h('p', { class: 'gw-number-line' }, h('span', { class: 'gw-number' },
        doc.documentNumber ? orderNumber(doc.documentNumber) : numberText)));
  }
  const upward = format === 'general' && doc.direction === '上行';
  const minutes = format === 'minutes';
  return h('div', { class: 'gw-head' },
    h('div', { class: 'gw-marks' }, marks(doc)),
    h('p', { class: 'gw-organ-mark' }, minutes ? minutesMark(doc.title) : ORGAN.mark),
    h('div', { class: `gw-number-line ${upward || minutes ? 'upward' : ''}` },
      h('span', { class: 'gw-number' }, numberText),
      upward ? h('span', { class: 'gw-signer' }, '签发人：', doc.signerName ?? '') : null,
      minutes ? h('span', { class: 'gw-date' }, date ?? h('span', { class: 'pending' }, t('pendingDate'))) : null),
    h('hr', { class: 'gw-red-rule' }));
}

/** What closes the body: 署名 and 成文日期; a 令's 签发人 and date (7.3.5.3); a 纪要's attendance lists. */
function signOff(doc, format, date, lists) {
  const dated = h('p', { class: 'gw-date' }, date ?? h('span', { class: 'pending' }, t('pendingDate')));
  if (format === 'minutes') {
    return lists.length ? h('div', { class: 'gw-attendance' }, lists.map((a) => h('p', {},
      h('span', { class: 'gw-attendance-label' }, `${a.label}：`), a.names))) : null;
  }
  if (format === 'order') {
    return h('div', { class: 'gw-signoff gw-order-signoff' },
      h('p', {}, h('span', { class: 'gw-signer-title' }, signerTitle(doc.trail)),
        h('span', { class: 'gw-signature-stamp' }, doc.signerName ?? '')), dated);
  }
  return h('div', { class: 'gw-signoff' }, h('p', { class: 'gw-organ' }, ORGAN.name), dated);
}

/**
 * doc: the content fields (docType, title, mainRecipients, copyRecipients, body, urgency, classification,
 * classificationPeriodYears, direction, attachments, remarks) plus, once signed, documentNumber, documentDate
 * (or issuedAt), signerName and for a 纪要 its minutesPeriod. Before 签发 the number and date are shown as pending, never invented (GB-NO-3).
 */
export function renderDocument(doc, { highlight } = {}) {
  const mark = (text) => (highlight ? highlight(text) : text);
  const date = chineseDate(doc.documentDate ?? doc.issuedAt);
  const format = formatOf(doc.docType);
  // a 纪要 shows its 期号 第N期 where others show the 文号 (GB/T 9704 §10.3; minutesPeriod, issue 18)
  const shown = format === 'minutes' && doc.minutesPeriod ? `第${doc.minutesPeriod}期` : doc.documentNumber;
  const numberText = shown ? mark(shown) : h('span', { class: 'pending' }, t('pendingNumber'));
  const all = String(doc.body ?? '').split(/\n+/).filter((p) => p.trim());
  const lists = format === 'minutes' ? all.map(attendanceOf).filter(Boolean)
    .sort((a, b) => ATTENDANCE.indexOf(a.label) - ATTENDANCE.indexOf(b.label)) : [];
  const paragraphs = format === 'minutes' ? all.filter((p) => !attendanceOf(p)) : all;
  const titled = format !== 'order' && (format !== 'minutes' || minutesMark(doc.title) !== (doc.title ?? '').trim());
  const main = h('div', { class: 'gw-main' },
    titled ? h('h2', { class: 'gw-title' }, mark(doc.title ?? '')) : null,
    (doc.mainRecipients ?? []).length ? h('p', { class: 'gw-to' }, `${doc.mainRecipients.join('、')}：`) : null,
    h('div', { class: 'gw-body' }, paragraphs.map((p) => h('p', {}, mark(p.trim())))),
    attachmentNote(doc.attachments),
    signOff(doc, format, date, lists),
    remarksNote(doc.remarks));
  // 信函格式: no 印发机关和印发日期 and no rules in the 版记; the lower red double line closes the letterhead
  const colophon = format === 'letter'
    ? h('div', { class: 'gw-colophon gw-letter-colophon' }, copyLine(doc.copyRecipients), h('hr', { class: 'gw-double-rule lower' }))
    : h('div', { class: 'gw-colophon' },
      copyLine(doc.copyRecipients),
      h('p', { class: 'gw-print' }, h('span', {}, ORGAN.office),
        h('span', {}, date ? `${date}印发` : h('span', { class: 'pending' }, t('pendingDate')))));
  return h('article', { class: `gw-page gw-format-${format}`, lang: 'zh-CN', 'aria-label': t('docNavLabel'), id: 'gw-document' },
    head(doc, format, numberText, date), main, colophon);
}
