// 我的拟稿: the caller's own drafts with status and where each one is in the chain.
import { api, query } from '../api.js';
import { t, when } from '../i18n.js';
import { emptyState, errorState, h, loading, pager, show, statusBadge, table } from '../components/ui.js';
import { whereIs } from '../components/draft-where.js';

const STATUSES = ['', 'DRAFT', 'IN_REVIEW', 'RETURNED', 'ISSUED', 'ARCHIVED', 'REJECTED', 'WITHDRAWN'];
const PAGE_SIZE = 20;

export async function renderDraftList(params) {
  const status = params.get('status') ?? '';
  const page = Number(params.get('page') ?? 0);
  const go = (next) => { location.hash = `#/drafts${query({ status: next.status ?? status, page: next.page ?? 0 })}`; };
  const filters = h('div', { class: 'tabs', role: 'group', 'aria-label': t('colStatus') },
    STATUSES.map((s) => h('button', { type: 'button', class: 'tab', 'aria-pressed': String(s === status),
      onclick: () => go({ status: s, page: 0 }) }, t(`status${s || 'ALL'}`))));
  const heading = h('h1', {}, t('navDrafts'));
  const actions = h('a', { class: 'button', href: '#/drafts/new', id: 'new-draft' }, t('navNew'));
  show(h('div', { class: 'page-head' }, heading, actions), filters, loading(t('navDrafts')).slice(1));
  const here = location.hash;
  try {
    const { body } = await api.get(`/api/drafts${query({ status, page, size: PAGE_SIZE })}`);
    if (location.hash !== here) return; // the user moved on while this loaded
    const content = body.items.length === 0 ? emptyState(t('emptyDrafts')) : [
      table([
        { key: 'title', label: t('colTitle'), cell: (d) => h('a', { href: `#/drafts/${d.id}` }, d.title || '（无标题）') },
        { key: 'docType', label: t('colType'), cell: (d) => d.docType },
        { key: 'status', label: t('colStatus'), cell: (d) => statusBadge(d.status) },
        { key: 'where', label: t('colWhere'), cell: (d) => whereIs(d) },
        { key: 'updated', label: t('colUpdated'), cell: (d) => when(d.updatedAt) },
      ], body.items, { caption: t('navDrafts') }),
      pager(page, PAGE_SIZE, body.total, (p) => go({ page: p })),
    ];
    show(h('div', { class: 'page-head' }, heading, actions), filters, content);
  } catch (e) {
    if (location.hash !== here) return;
    show(h('div', { class: 'page-head' }, heading, actions), filters, errorState(e, () => renderDraftList(params)));
  }
}
