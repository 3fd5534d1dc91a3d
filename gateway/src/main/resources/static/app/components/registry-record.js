// A 收文 or 交办事项 in the archive (issue 17): in place of the 公文 layout of an issued document, its 收文处理单 or
// 交办单 — 收文编号, 来文单位 and 来文字号, 拟办 and 批办, 主办/协办 and 时限, every 传阅 reading with its 批示, the
// progress reports and the 办理结果 — as registry-service handed it to the archive.
import { t, when } from '../i18n.js';
import { h } from './ui.js';
import { unitName } from './people.js';

/** Whether the record is a 收文 or 交办事项 rather than an issued document. */
export function isRegistryRecord(record) {
  return !!record.kind && record.kind !== 'ISSUED_DOCUMENT';
}

/** The kind in words (发文, 收文, 交办事项). */
export function kindText(kind) {
  return t(`kind${kind ?? 'ISSUED_DOCUMENT'}`);
}

const who = (p) => (p ? `${p.name ?? p.username}（${unitName(p.unit)}）` : '—');

function row(label, value, id) {
  return value === null || value === undefined || value === '' ? null
    : h('tr', { id }, h('th', { scope: 'row' }, label), h('td', {}, value));
}

/** The sheet (处理单 / 交办单) the archive keeps for the record. */
export function registrySheet(record) {
  const p = record.registry ?? {};
  const incoming = record.kind === 'INCOMING';
  const rows = incoming ? [
    row(t('receiptNumber'), p.receiptNumber, 'sheet-receipt-number'),
    row(t('senderOrgan'), p.senderOrgan, 'sheet-sender-organ'),
    row(t('senderNumber'), p.senderNumber),
    row(t('colTitle'), record.title),
    row(t('fClass'), record.classification),
    row(t('fUrgency'), record.urgency),
    row(t('copies'), p.copies),
    row(t('receivedOn'), p.receivedOn),
    row(t('writtenOn'), p.writtenOn),
    row(t('proposal'), p.proposal),
    row(t('instruction'), p.instruction ? `${p.instruction} —— ${who(p.assignedBy)}` : null),
    row(t('leadUnit'), unitName(p.handlingUnit), 'sheet-lead-unit'),
    row(t('assistingUnits'), (p.assistingUnits ?? []).map(unitName).join('、')),
    row(t('deadline'), p.deadline),
  ] : [
    row(t('matter'), p.matter),
    row(t('matterSource'), p.source ? t(`source${p.source}`) : null),
    row(t('assignedBy'), p.assignedBy ? `${who(p.assignedBy)} ${when(p.assignedAt)}` : null),
    row(t('handlingUnit'), unitName(p.handlingUnit), 'sheet-lead-unit'),
    row(t('deadline'), p.deadline),
    row(t('fClass'), record.classification),
  ];
  const readings = (p.readings ?? []).map((r) => h('li', {},
    h('strong', {}, who(r.reader)), ' ', h('span', { class: 'muted small' }, r.readAt ? when(r.readAt) : t('notRead')),
    r.instruction ? h('p', { class: 'opinion-text' }, r.instruction) : null));
  const reports = (p.reports ?? []).map((r) => h('li', {},
    h('strong', {}, who(r.reporter)), ' ', h('span', { class: 'muted small' }, when(r.at)), h('p', {}, r.progress)));
  return h('section', { class: 'panel registry-sheet', id: 'registry-sheet', dataset: { kind: record.kind } },
    h('h2', {}, incoming ? t('handlingSheet') : t('matterSheet')),
    h('table', { class: 'sheet' }, h('tbody', {}, rows.filter(Boolean))),
    readings.length ? [h('h3', {}, t('readingsTitle')), h('ol', { class: 'readings', id: 'sheet-readings' }, readings)] : null,
    reports.length ? [h('h3', {}, t('reportsTitle')), h('ol', { class: 'reports', id: 'sheet-reports' }, reports)] : null,
    h('table', { class: 'sheet' }, h('tbody', {},
      row(t('result'), p.result, 'sheet-result'),
      row(t('concludedBy'), who(p.concludedBy)),
      row(t('concludedAt'), when(p.concludedAt)),
      row(t('replyDocument'), p.replyDocumentId))));
}
