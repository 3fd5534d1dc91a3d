// Local suite sign-in: pick one of the demo organisation's people (contract §1); the gateway's /dev/token
// issues the same kind of token an identity provider would. No passwords in the page.
import { session } from '../api.js';
import { t, problemText } from '../i18n.js';
import { OPERATORS, PEOPLE } from '../components/people.js';
import { h, show } from '../components/ui.js';


export function renderLogin(onSignedIn) {
  const error = h('div', { class: 'form-error', role: 'alert', id: 'login-error' });
  const options = [...PEOPLE, ...OPERATORS].map(({ username, name, unit, role }, i) => h('label', { class: 'user-option' },
    h('input', { type: 'radio', name: 'username', value: username, checked: i === 0, id: `user-${username}` }),
    h('span', { class: 'user-name' }, name), h('span', { class: 'user-meta' }, `${unit} · ${t(`role${role}`)}`)));
  const button = h('button', { type: 'submit', id: 'login-submit' }, t('login'));
  const form = h('form', { class: 'card login', id: 'login-form', onsubmit: async (event) => {
    event.preventDefault();
    const username = new FormData(form).get('username');
    button.disabled = true;
    try {
      await session.login(username);
      onSignedIn();
    } catch (e) {
      error.textContent = `${t('loginFailed')}：${problemText(e.problem)}`;
    } finally {
      button.disabled = false;
    }
  } },
  h('fieldset', {}, h('legend', {}, t('loginTitle')), h('p', { class: 'hint' }, t('loginHint')),
    h('div', { class: 'user-grid' }, options)),
  error, button);
  show(h('h1', { class: 'sr-only' }, t('login')), form);
}
