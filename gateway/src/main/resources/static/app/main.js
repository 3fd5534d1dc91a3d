// The shell: header (user, 待办 count, language), navigation by role, and a hash router over the screens.
// Each screen is a module in views/ whose render function a route below calls with what the address carries (an id,
// the query); what screens share is in components/, and no screen imports this module or another screen.
import { session } from './api.js';
import { currentLang, setLang, t } from './i18n.js';
import { h, notify } from './components/ui.js';
import { refreshInboxCount } from './components/inbox-count.js';
import { renderLogin } from './views/login.js';
import { renderDraftList } from './views/drafts.js';
import { renderDraftForm } from './views/draft-form.js';
import { renderInbox } from './views/inbox.js';
import { renderReview } from './views/review.js';
import { renderArchiveSearch, renderRecord } from './views/archive.js';
import { renderDone } from './views/done.js';
import { renderDashboard } from './views/dashboard.js';
import { renderStatistics } from './views/statistics.js';
import { renderDeadLetters } from './views/dead-letters.js';
import { renderDeliveries } from './views/deliveries.js';
import { renderIncomingList, renderRegistration } from './views/incoming.js';
import { renderIncoming } from './views/incoming-detail.js';
import { renderCirculations } from './views/circulations.js';
import { renderMatters } from './views/matters.js';
import { inOffice, isLeader } from './components/people.js';

const REVIEWERS = ['DEPUTY_DIRECTOR', 'DIRECTOR', 'CHIEF'];
const ARCHIVE_READERS = ['AUDITOR', 'CHIEF'];
const SUPERVISORS = ['DIRECTOR', 'CHIEF', 'AUDITOR'];

const routes = [
  [/^#\/drafts\/new$/, (m, q) => renderDraftForm(null, q.get('type'))],
  [/^#\/drafts\/([0-9a-f-]{36})$/, (m) => renderDraftForm(m[1])],
  [/^#\/drafts$/, (m, q) => renderDraftList(q)],
  [/^#\/inbox$/, () => renderInbox()],
  [/^#\/done$/, (m, q) => renderDone(q)],
  [/^#\/dashboard$/, (m, q) => renderDashboard(q)],
  [/^#\/statistics$/, (m, q) => renderStatistics(q)],
  [/^#\/reviews\/([0-9a-f-]{36})$/, (m) => renderReview(m[1])],
  [/^#\/archive$/, (m, q) => renderArchiveSearch(q)],
  // a 更正's record is kept under {documentId}~r{revision} (issue 18): its 更正为/更正自 links lead there
  [/^#\/archive\/([0-9a-f-]{36}(?:~r\d+)?)$/, (m) => renderRecord(m[1])],
  [/^#\/operations\/dead-letters$/, () => renderDeadLetters()],
  [/^#\/deliveries$/, (m, q) => renderDeliveries(q)],
  [/^#\/incoming\/new$/, () => renderRegistration()],
  [/^#\/incoming\/([0-9a-f-]{36})$/, (m) => renderIncoming(m[1])],
  [/^#\/incoming$/, (m, q) => renderIncomingList(q)],
  [/^#\/circulations$/, () => renderCirculations()],
  [/^#\/matters$/, (m, q) => renderMatters(q)],
];

/** Where each user starts: reviewers at their 待办, the auditor at the archive, everyone else at their drafts. */
function home(user) {
  if (user.roles.some((r) => REVIEWERS.includes(r))) return '#/inbox';
  if (user.roles.includes('AUDITOR')) return '#/archive';
  return '#/drafts';
}

function navigation(user) {
  const items = [['#/drafts', t('navDrafts')], ['#/drafts/new', t('navNew')]];
  if (user.roles.some((r) => REVIEWERS.includes(r))) {
    items.push(['#/inbox', t('navInbox'), h('span', { class: 'count', id: 'inbox-count', 'aria-live': 'polite' })]);
  }
  if (user.roles.some((r) => SUPERVISORS.includes(r))) items.push(['#/dashboard', t('navDashboard')]);
  if (user.roles.some((r) => ARCHIVE_READERS.includes(r))) {
    items.push(['#/archive', t('navArchive')], ['#/statistics', t('navStatistics')]);
  }
  // 收文 side (registry-service): a unit signs for what is delivered to it and handles what it is assigned; the office
  // and leaders keep the whole register. The operator (no unit) has neither.
  if (user.unit) {
    items.push(['#/deliveries', t('navDeliveries')],
      ['#/incoming', inOffice(user) || isLeader(user) ? t('navIncoming') : t('navMyHandling')], ['#/circulations', t('navCirculations')],
      ['#/matters', t('navMatters')]);
  }
  if (user.roles.includes('ADMIN')) items.push(['#/operations/dead-letters', t('navDeadLetters')]);
  const path = location.hash.split('?')[0];
  return h('nav', { class: 'main-nav', 'aria-label': t('app') },
    h('ul', {}, items.map(([href, label, extra]) => h('li', {},
      h('a', { href, 'aria-current': path === href ? 'page' : null, id: `nav-${href.slice(2).replace('/', '-')}` },
        label, extra ? ' ' : null, extra ?? null)))));
}

function header(user) {
  const langButton = h('button', { type: 'button', class: 'link', id: 'lang-toggle', lang: currentLang() === 'en' ? 'zh-CN' : 'en',
    onclick: () => { setLang(currentLang() === 'en' ? 'zh' : 'en'); route(); } }, t('langToggle'));
  const right = [langButton];
  if (user) {
    right.unshift(h('span', { class: 'who', id: 'who' }, user.name, ' · ', user.roles.map((r) => t(`role${r}`)).join('、')));
    right.push(h('button', { type: 'button', class: 'link', id: 'logout',
      onclick: () => { session.logout(); location.hash = ''; route(); } }, t('logout')));
  }
  return h('div', { class: 'bar' },
    h('a', { class: 'brand', href: user ? home(user) : '#' }, h('span', { class: 'seal', 'aria-hidden': 'true' }, '公'),
      h('span', {}, t('appLong'))),
    h('div', { class: 'bar-right' }, right));
}

export function route() {
  const user = session.user();
  document.getElementById('header').replaceChildren(header(user));
  document.getElementById('skip').textContent = t('skip');
  const navSlot = document.getElementById('nav');
  if (!user) {
    navSlot.replaceChildren();
    renderLogin(() => {
      // signing in on a bookmarked address: stay there (no hashchange fires), else go to the user's start page
      const start = location.hash && location.hash !== '#' && location.hash !== '#/' ? location.hash : home(session.user());
      if (location.hash === start) route(); else location.hash = start;
    });
    return;
  }
  if (!location.hash || location.hash === '#' || location.hash === '#/') {
    location.replace(home(user));
    return;
  }
  navSlot.replaceChildren(navigation(user));
  refreshInboxCount();
  const [path, search] = location.hash.split('?');
  const params = new URLSearchParams(search ?? '');
  for (const [pattern, render] of routes) {
    const match = path.match(pattern);
    if (match) {
      render(match, params);
      return;
    }
  }
  location.replace(home(user));
}

session.onExpired(() => {
  notify(t('sessionExpired'), 'error');
  route();
});
// the skip link must not change the hash (that is the router's), so it moves focus itself
document.getElementById('skip').addEventListener('click', (event) => {
  event.preventDefault();
  document.getElementById('main').focus();
});
window.addEventListener('hashchange', route);
route();
