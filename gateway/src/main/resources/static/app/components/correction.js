// 更正 after 签发 (issue 18, 条例 第二十五条): the drafter, or someone of the drafter's unit, changes an issued document;
// the change goes back to the original signer as the next revision, the issued one staying valid meanwhile.
import { api, session } from '../api.js';
import { t } from '../i18n.js';
import { h, notify } from './ui.js';

const ISSUED = ['ISSUED', 'ARCHIVED'];

/** Whether this user may ask for a 更正 of the draft now (the service decides; this only offers the button). */
export function canCorrect(draft) {
  const user = session.user();
  return !!draft && !!user && ISSUED.includes(draft.status) && !draft.correction?.open
    && (user.username === draft.drafter || (!!user.unit && user.unit === draft.unit));
}

/**
 * The 更正 button and its panel: the button unlocks the fields and shows the reason; sending posts what the fields
 * now say with the reason. {@code content()} reads the fields; a refusal goes to {@code problem} beside them.
 */
export function correctionControls(draft, fields, content, done, problem) {
  const reason = h('textarea', { id: 'correction-reason', rows: 2, 'aria-required': 'true' });
  const send = async () => {
    try {
      await api.post(`/api/drafts/${draft.id}/correction`, { ...content(), reason: reason.value });
      notify(t('correctionSent'));
      done();
    } catch (e) {
      problem(e);
    }
  };
  const panel = h('section', { class: 'panel', id: 'correction-panel', hidden: true },
    h('h2', {}, t('correctionTitle')), h('p', { class: 'hint' }, t('correctionHint')),
    h('label', { for: 'correction-reason' }, t('correctionReason')), reason,
    h('button', { type: 'button', id: 'correction-submit', onclick: send }, t('correctionSubmit')));
  const open = h('button', { type: 'button', class: 'secondary', id: 'correct', onclick: () => {
    Object.values(fields).forEach((el) => { el.disabled = false; });
    panel.hidden = false;
    reason.focus();
  } }, t('correct'));
  return { open, panel };
}

/** 更正自 / 更正为 on an archive record: links to the other revision's record. */
export function revisionLinks(record) {
  const link = (label, r, id) => h('p', { class: 'revision-link', id },
    `${label}：`, h('a', { href: `#/archive/${encodeURIComponent(r.documentId)}` }, r.archiveNo),
    ` （${t('revisionN', r.revision)}${r.reason ? `，${r.reason}` : ''}）`);
  return [
    record.superseded ? h('p', { class: 'superseded', id: 'record-superseded' }, t('superseded')) : null,
    record.correctedBy ? link(t('correctedBy'), record.correctedBy, 'record-corrected-by') : null,
    record.corrects ? link(t('correctsRecord'), record.corrects, 'record-corrects') : null,
  ].filter(Boolean);
}
