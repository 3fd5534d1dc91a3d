// 待办: the reviewer's pending steps, earliest deadline first, overdue ones in red and counted in the header.
import { api } from '../api.js';
import { t, when } from '../i18n.js';
import { emptyState, errorState, h, loading, show, table } from '../components/ui.js';
import { inboxTabs } from '../components/inbox-tabs.js';

export async function renderInbox() {
  const heading = () => h('h1', {}, t('inboxTitle'));
  show(heading(), inboxTabs('inbox'), loading(t('inboxTitle')).slice(1));
  const here = location.hash;
  try {
    const { body } = await api.get('/api/reviews/inbox');
    if (location.hash !== here) return; // the user moved on while this loaded
    // the service already answers oldest dueAt first; sort again so the order never depends on that
    const items = [...body].sort((a, b) => String(a.dueAt).localeCompare(String(b.dueAt)));
    const overdue = items.filter((i) => i.overdue).length;
    const summary = h('p', { class: 'summary', id: 'inbox-summary' }, t('total', items.length),
      overdue ? h('span', { class: 'overdue-text' }, ` · ${t('overdue')} ${overdue}`) : null);
    show(heading(), inboxTabs('inbox'), summary, items.length === 0 ? emptyState(t('emptyInbox')) : table([
      { key: 'title', label: t('colTitle'), cell: (i) => h('a', { href: `#/reviews/${i.documentId}` }, i.title) },
      // 更正 (issue 18): a change to a document this signer issued, back for 复审
      { key: 'docType', label: t('colType'), cell: (i) => (i.correction
        ? [i.docType, ' ', h('span', { class: 'badge correction' }, t('correctionMark'))] : i.docType) },
      { key: 'urgency', label: t('colUrgency'), cell: (i) => (i.urgency ? h('span', { class: 'urgent' }, i.urgency) : '—') },
      { key: 'drafter', label: t('colDrafter'), cell: (i) => i.drafterName ?? i.drafter },
      { key: 'via', label: t('colVia'), cell: (i) => (i.via && i.via !== 'OWNER' ? t(`via${i.via}`) : '') },
      { key: 'level', label: t('colLevel'), cell: (i) => `${t('levelN', i.level)} ${t(`role${i.role}`)}` },
      { key: 'assigned', label: t('colAssigned'), cell: (i) => when(i.assignedAt) },
      { key: 'due', label: t('colDue'), cell: (i) => h('span', { class: i.overdue ? 'overdue-text' : '' }, when(i.dueAt),
        i.overdue ? ` ${t('overdue')}` : '') },
    ], items, { caption: t('inboxTitle'), rowClass: (i) => (i.overdue ? 'overdue' : '') }));
  } catch (e) {
    if (location.hash !== here) return;
    show(heading(), inboxTabs('inbox'), errorState(e, renderInbox));
  }
}
