// 待办 | 已办: the tabs the two lists share.
import { t } from '../i18n.js';
import { h } from './ui.js';

/** 待办 | 已办 as tabs over the two lists (links, so each has its own address). */
export function inboxTabs(active) {
  return h('nav', { class: 'tabs', 'aria-label': t('navInbox') },
    [['inbox', t('inboxTitle')], ['done', t('doneTitle')]].map(([key, label]) => h('a', { href: `#/${key}`,
      class: 'button tab', id: `tab-${key}`, 'aria-current': key === active ? 'page' : null }, label)));
}
