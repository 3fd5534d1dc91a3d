// "五不" dashboard for 主任, 局长 and the auditor: every document in review, and the registry's open work (收文,
// 签收, 传阅, 交办事项), who holds it, since when, overdue first — so nothing is 不知道在哪里, 不知道谁在办,
// 不知道办了多久. Deadlines are on the office's working-day calendar (registry-service reckons them).
import { api, query } from '../api.js';
import { t, when } from '../i18n.js';
import { emptyState, errorState, h, loading, show, table } from '../components/ui.js';
import { personName, unitName } from '../components/people.js';

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
    // the registry's part may fail on its own (service away): the drafts in review still show
    const [{ body }, registry] = await Promise.all([api.get(`/api/reviews/dashboard${query({ unit })}`),
      api.get(`/api/registry/dashboard${query({ unit })}`).then((r) => r.body, (e) => e)]);
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
      holders), registrySection(registry, params));
  } catch (e) {
    if (location.hash !== here) return;
    show(heading(), errorState(e, () => renderDashboard(params)));
  }
}

const registryLink = {
  INCOMING: (i) => `#/incoming/${i.id}`,
  CIRCULATION: (i) => `#/incoming/${i.documentId}`,
  DELIVERY: () => '#/deliveries',
  MATTER: () => '#/matters',
};

function registryHolder(item) {
  if (item.holderKind === 'LEADERS') return t('holderLeaders');
  return item.holderKind === 'PERSON' ? personName(item.holder) : unitName(item.holder);
}

// 收文, 签收, 传阅 and 交办事项 from registry-service's dashboard, overdue first as it sends them
function registrySection(registry, params) {
  const heading = h('h2', { id: 'registry-work-h' }, t('registryWorkTitle'));
  if (registry instanceof Error) {
    return h('section', { class: 'panel', 'aria-labelledby': 'registry-work-h', id: 'registry-work' }, heading,
      errorState(registry, () => renderDashboard(params)));
  }
  const items = registry.items;
  const summary = h('p', { class: 'summary', id: 'registry-summary' }, t('total', registry.total),
    registry.overdue ? h('span', { class: 'overdue-text' }, ` · ${t('overdue')} ${registry.overdue}`) : null);
  return h('section', { class: 'panel', 'aria-labelledby': 'registry-work-h', id: 'registry-work' }, heading, summary,
    items.length === 0 ? emptyState(t('emptyRegistryWork')) : table([
      { key: 'kind', label: t('colKind'), cell: (i) => t(`work${i.kind}`) },
      { key: 'title', label: t('colTitle'), cell: (i) => h('a', { href: registryLink[i.kind](i) }, i.title) },
      // the service names holders by code (a unit, a username): the page shows them as people read them
      { key: 'holder', label: t('colHolder'), cell: (i) => registryHolder(i) },
      { key: 'since', label: t('colSince'), cell: (i) => when(i.since) },
      { key: 'held', label: t('colHeld'), cell: (i) => duration(i.heldSeconds) },
      { key: 'due', label: t('colDue'), cell: (i) => (i.dueAt ? h('span', { class: i.overdueSeconds > 0 ? 'overdue-text' : '' },
        when(i.dueAt), i.overdueSeconds > 0 ? ` ${t('overdueBy', duration(i.overdueSeconds))}` : '') : '—') },
    ], items, { caption: t('registryWorkTitle'), rowClass: (i) => (i.overdueSeconds > 0 ? 'overdue' : '') }));
}
