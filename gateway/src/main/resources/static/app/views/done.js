// 已办: what the caller did (approved, signed, returned, delegated …), newest first.
import { api, query } from '../api.js';
import { t, when } from '../i18n.js';
import { emptyState, errorState, h, loading, pager, show, statusBadge, table } from '../components/ui.js';
import { inboxTabs } from '../components/inbox-tabs.js';

const PAGE_SIZE = 20;

export async function renderDone(params) {
  const page = Number(params.get('page') ?? 0);
  const heading = () => h('h1', {}, t('doneTitle'));
  show(heading(), inboxTabs('done'), loading(t('doneTitle')).slice(1));
  const here = location.hash;
  try {
    const { body } = await api.get(`/api/reviews/done${query({ page, size: PAGE_SIZE })}`);
    if (location.hash !== here) return; // the user moved on while this loaded
    // the service answers a plain array: a full page means there may be another
    const total = page * PAGE_SIZE + body.length + (body.length === PAGE_SIZE ? 1 : 0);
    show(heading(), inboxTabs('done'), body.length === 0 && page === 0 ? emptyState(t('emptyDone')) : [
      table([
        { key: 'title', label: t('colTitle'), cell: (d) => h('a', { href: `#/reviews/${d.documentId}` }, d.title) },
        { key: 'docType', label: t('colType'), cell: (d) => d.docType },
        { key: 'action', label: t('colAction'), cell: (d) => [t(`action${d.action}`),
          d.onBehalfOf ? ` ${t('onBehalfOf', d.onBehalfOf)}` : ''] },
        { key: 'level', label: t('colLevel'), cell: (d) => (d.level ? t('levelN', d.level) : '—') },
        { key: 'opinion', label: t('opinion'), cell: (d) => d.opinion ?? '' },
        { key: 'at', label: t('colAt'), cell: (d) => when(d.at) },
        { key: 'status', label: t('colStatus'), cell: (d) => (d.status ? statusBadge(d.status) : '') },
      ], body, { caption: t('doneTitle') }),
      pager(page, PAGE_SIZE, total, (p) => { location.hash = `#/done${query({ page: p })}`; })]);
  } catch (e) {
    if (location.hash !== here) return;
    show(heading(), inboxTabs('done'), errorState(e, () => renderDone(params)));
  }
}
