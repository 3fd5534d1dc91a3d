// "五不" dashboard for 主任, 局长 and the auditor: every document in review, who holds it, since when, overdue
// first — so nothing is 不知道在哪里, 不知道谁在办, 不知道办了多久.
import { api, query } from '../api.js';
import { t, when } from '../i18n.js';
import { emptyState, errorState, h, loading, show, table } from '../components/ui.js';

function duration(seconds) {
  const hours = Math.floor(seconds / 3600);
  return hours >= 24 ? t('daysHours', Math.floor(hours / 24), hours % 24) : t('hoursMinutes', hours, Math.floor((seconds % 3600) / 60));
}

export async function renderDashboard(params) {
  const unit = params.get('unit') ?? '';
  const heading = () => h('h1', {}, t('dashboardTitle'));
  show(loading(t('dashboardTitle')));
  const here = location.hash;
  try {
    const { body } = await api.get(`/api/reviews/dashboard${query({ unit })}`);
    if (location.hash !== here) return; // the user moved on while this loaded
    const docs = [...body.documents].sort((a, b) => (b.overdueSeconds - a.overdueSeconds) || (b.heldSeconds - a.heldSeconds));
    const summary = h('p', { class: 'summary', id: 'dashboard-summary' }, t('total', body.total),
      body.overdue ? h('span', { class: 'overdue-text' }, ` · ${t('overdue')} ${body.overdue}`) : null,
      h('span', { class: 'muted small' }, ` · ${when(body.at)}`));
    const holders = h('section', { class: 'panel', 'aria-labelledby': 'holders-h' }, h('h2', { id: 'holders-h' }, t('perHolder')),
      h('ul', { class: 'holders' }, body.perHolder.map((p) => h('li', { class: p.overdue ? 'overdue-text' : '' },
        `${p.holderName ?? p.holder}：${t('heldN', p.held)}${p.overdue ? `，${t('overdue')} ${p.overdue}` : ''}`))));
    show(heading(), summary, docs.length === 0 ? emptyState(t('emptyDashboard')) : h('div', { class: 'two-col' },
      table([
        { key: 'title', label: t('colTitle'), cell: (d) => h('a', { href: `#/reviews/${d.documentId}` }, d.title) },
        { key: 'holder', label: t('colHolder'), cell: (d) => `${d.holderName ?? d.holder}（${t('levelN', d.level)} ${t(`role${d.role}`)}）` },
        { key: 'since', label: t('colSince'), cell: (d) => when(d.since) },
        { key: 'held', label: t('colHeld'), cell: (d) => duration(d.heldSeconds) },
        { key: 'due', label: t('colDue'), cell: (d) => h('span', { class: d.overdueSeconds > 0 ? 'overdue-text' : '' }, when(d.dueAt),
          d.overdueSeconds > 0 ? ` ${t('overdueBy', duration(d.overdueSeconds))}` : '') },
      ], docs, { caption: t('dashboardTitle'), rowClass: (d) => (d.overdueSeconds > 0 ? 'overdue' : '') }),
      holders));
  } catch (e) {
    if (location.hash !== here) return;
    show(heading(), errorState(e, () => renderDashboard(params)));
  }
}
