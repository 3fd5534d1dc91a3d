// The header's 待办 count: the shell fills it on every route, the review screen again when a decision or a
// delegation is sent.
import { api } from '../api.js';
import { t } from '../i18n.js';

/** The header's 待办 count; reviewers see how much waits without opening the list. */
export async function refreshInboxCount() {
  const badge = document.getElementById('inbox-count');
  if (!badge) return;
  try {
    const { body } = await api.get('/api/reviews/inbox');
    const overdue = body.filter((item) => item.overdue).length;
    badge.textContent = String(body.length);
    badge.classList.toggle('has-overdue', overdue > 0);
    badge.setAttribute('aria-label', `${t('navInbox')} ${body.length}${overdue ? `，${t('overdue')} ${overdue}` : ''}`);
  } catch {
    badge.textContent = '';
  }
}
