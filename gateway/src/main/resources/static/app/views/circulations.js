// 传阅 (待阅): the rounds of circulation the signed-in person holds now; each is read (阅毕) with an optional 批示,
// and in a round in order the next reader receives it then (CIRC-READ-1..2). The office starts a round from a 收文.
import { api } from '../api.js';
import { t, when } from '../i18n.js';
import { emptyState, errorState, h, loading, show, table } from '../components/ui.js';
import { personName } from '../components/people.js';
import { postAct } from '../components/acts.js';

function readingForm(circulation, onDone) {
  const instruction = h('input', { type: 'text', name: 'instruction', id: `instruction-${circulation.id}`,
    'aria-label': t('circulationInstruction'), placeholder: t('circulationInstruction') });
  const general = h('div', { class: 'form-errors', id: `reading-errors-${circulation.id}`, 'aria-live': 'polite' });
  const form = h('form', { class: 'row-actions', id: `reading-${circulation.id}`, novalidate: true }, instruction, ' ',
    h('button', { type: 'submit', id: `read-${circulation.id}` }, t('readDone')), general);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    postAct(form, general, `/api/registry/circulations/${circulation.id}/reading`,
      { instruction: instruction.value.trim() || null }, t('readOk'), onDone);
  });
  return form;
}

/** Who read it before (with their 批示), so a reader in order sees what came earlier. */
function earlierReadings(circulation) {
  const read = (circulation.readings ?? []).filter((r) => r.readAt);
  return read.length === 0 ? '—' : h('ul', { class: 'plain' }, read.map((r) => h('li', {},
    `${personName(r.reader)} ${when(r.readAt)}`, r.instruction ? h('p', { class: 'opinion-text' }, r.instruction) : null)));
}

export async function renderCirculations() {
  const heading = () => h('h1', {}, t('circulationsTitle'));
  show(heading(), loading(t('circulationsTitle')).slice(1));
  const here = location.hash;
  try {
    const { body } = await api.get('/api/registry/circulations');
    if (location.hash !== here) return; // the user moved on while this loaded
    show(heading(), body.length === 0 ? emptyState(t('emptyCirculations')) : table([
      { key: 'title', label: t('colTitle'), cell: (c) => c.title },
      { key: 'classification', label: t('fClass'), cell: (c) => c.classification ?? t('unclassified') },
      { key: 'order', label: t('circulationOrder'), cell: (c) => t(`order${c.order}`) },
      { key: 'started', label: t('circulationStarted'), cell: (c) => `${personName(c.startedBy)} ${when(c.startedAt)}` },
      { key: 'readings', label: t('circulationRead'), cell: earlierReadings },
      { key: 'act', label: t('colAction'), cell: (c) => readingForm(c, renderCirculations) },
    ], body, { caption: t('circulationsTitle') }));
  } catch (e) {
    if (location.hash !== here) return;
    show(heading(), errorState(e, renderCirculations));
  }
}
