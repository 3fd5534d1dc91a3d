// 督办 of 交办事项: a leader assigns a matter (from a 批示, a meeting decision or ad hoc) to a unit with a deadline
// (SUP-ASSIGN-1); the list, earliest deadline first and overdue marked, is every matter for leaders and the office and
// the unit's own for anyone else; the 承办 unit reports progress (SUP-PROGRESS-1) and concludes it (SUP-DONE-1).
import { api, query, session } from '../api.js';
import { t, when } from '../i18n.js';
import { emptyState, errorState, field, h, linkTabs, loading, show, table } from '../components/ui.js';
import { isLeader, personName, unitName, UNITS } from '../components/people.js';
import { beijingToday } from '../components/incoming-parts.js';
import { postAct } from '../components/acts.js';

const SOURCES = ['AD_HOC', 'MEETING', 'INSTRUCTION'];

function tabs(all) {
  return linkTabs(t('mattersTitle'), 'tab-matters', [
    ['open', '#/matters', t('mattersOpen'), !all], ['all', '#/matters?all=1', t('statusALL'), all]]);
}

/** 交办 by a leader: what, which unit, by when; from a 批示 also the document it was written on. */
function assignForm(onDone) {
  const source = h('select', { name: 'source' }, SOURCES.map((s) => h('option', { value: s }, t(`source${s}`))));
  const sourceDocumentId = h('input', { type: 'text', name: 'sourceDocumentId', autocomplete: 'off' });
  // SUP-ASSIGN-2: absent, the matter takes the 密级 of the document its 批示 was written on (非密 without one)
  const classification = h('select', { name: 'classification' }, h('option', { value: '' }, t('markingAsSource')),
    ['秘密', '机密', '绝密'].map((v) => h('option', { value: v }, v)));
  const matter = h('textarea', { rows: 3, name: 'matter' });
  const unit = h('select', { name: 'unit' }, h('option', { value: '' }, t('chooseUnit')),
    UNITS.map((u) => h('option', { value: u.code }, u.name)));
  const deadline = h('input', { type: 'date', name: 'deadline', min: beijingToday() });
  const general = h('div', { class: 'form-errors', id: 'matter-errors', 'aria-live': 'polite' });
  const form = h('form', { class: 'panel', id: 'matter-form', 'aria-labelledby': 'matter-form-h', novalidate: true },
    h('h2', { id: 'matter-form-h' }, t('assignMatter')),
    h('div', { class: 'row' }, field('f-source', t('matterSource'), source),
      field('f-sourceDocumentId', t('sourceDocument'), sourceDocumentId, t('sourceDocumentHint')),
      field('f-classification', t('fClass'), classification)),
    field('f-matter', t('matter'), matter),
    h('div', { class: 'row' }, field('f-unit', t('handlingUnit'), unit), field('f-deadline', t('deadline'), deadline)),
    general, h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'assign-matter' }, t('assignMatter'))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    postAct(form, general, '/api/registry/matters', { source: source.value, matter: matter.value.trim(), unit: unit.value,
      deadline: deadline.value || null, sourceDocumentId: sourceDocumentId.value.trim() || null,
      classification: classification.value || null }, t('matterAssignedOk'), onDone);
  });
  return form;
}

/** The 承办 unit's moves on an open matter: a progress report, or 办结 with the result. */
function handlingForm(m, onDone) {
  const text = h('input', { type: 'text', name: 'text', id: `matter-text-${m.id}`, 'aria-label': t('matterText'),
    placeholder: t('matterText') });
  const general = h('div', { class: 'form-errors', id: `matter-errors-${m.id}`, 'aria-live': 'polite' });
  const form = h('form', { class: 'row-actions', id: `matter-${m.id}`, novalidate: true }, text, ' ',
    h('button', { type: 'submit', id: `report-${m.id}` }, t('reportProgress')), ' ',
    h('button', { type: 'button', class: 'secondary', id: `conclude-${m.id}`,
      onclick: () => postAct(form, general, `/api/registry/matters/${m.id}/conclusion`, { result: text.value.trim() },
        t('concludedOk'), onDone) }, t('conclude')), general);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    postAct(form, general, `/api/registry/matters/${m.id}/reports`, { progress: text.value.trim() }, t('reportedOk'), onDone);
  });
  return form;
}

function progress(m) {
  const last = (m.reports ?? []).at(-1);
  return [
    last ? h('p', {}, last.progress, h('span', { class: 'muted small' }, ` · ${personName(last.reporter)} ${when(last.at)}`)) : '—',
    m.result ? h('p', { class: 'opinion-text' }, `${t('result')}：${m.result}`) : null];
}

export async function renderMatters(params) {
  const all = params.get('all') === '1';
  const user = session.user();
  const again = () => renderMatters(params);
  const heading = () => h('h1', {}, t('mattersTitle'));
  const form = isLeader(user) ? assignForm(again) : null;
  show(heading(), tabs(all), form ?? [], loading(t('mattersTitle')).slice(1));
  const here = location.hash;
  try {
    const { body } = await api.get(`/api/registry/matters${query({ open: all ? undefined : 'true', size: 100 })}`);
    if (location.hash !== here) return; // the user moved on while this loaded
    show(heading(), tabs(all), form ?? [], body.length === 0 ? emptyState(t('emptyMatters')) : table([
      { key: 'matter', label: t('matter'), cell: (m) => m.matter },
      { key: 'source', label: t('matterSource'), cell: (m) => t(`source${m.source}`) },
      { key: 'unit', label: t('handlingUnit'), cell: (m) => unitName(m.unit) },
      { key: 'deadline', label: t('deadline'), cell: (m) => h('span', { class: m.overdue ? 'overdue-text' : '' }, m.deadline,
        m.overdue ? ` ${t('overdue')}` : '') },
      { key: 'assigned', label: t('assignedBy'), cell: (m) => `${personName(m.assignedBy)} ${when(m.assignedAt)}` },
      { key: 'progress', label: t('matterProgress'), cell: progress },
      { key: 'status', label: t('colStatus'), cell: (m) => (m.concludedAt ? t('statusCONCLUDED') : t('matterOpen')) },
      { key: 'act', label: t('colAction'), cell: (m) => (!m.concludedAt && m.unit === user.unit ? handlingForm(m, again) : '') },
    ], body, { caption: t('mattersTitle'), rowClass: (m) => (m.overdue ? 'overdue' : '') }));
  } catch (e) {
    if (location.hash !== here) return;
    show(heading(), tabs(all), form ?? [], errorState(e, again));
  }
}
