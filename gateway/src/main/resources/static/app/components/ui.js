// DOM helpers and the small widgets every screen uses (states, table, pager, fields with their violations, status
// badge). Every piece of data goes in as text nodes (never innerHTML), so a title such as "<script>" shows as typed.
import { t, problemText, violationText } from '../i18n.js';

/** h('p', {class: 'x', onclick}, 'text', child, [more]) — attributes, then children (strings become text). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key in el && typeof value !== 'string') el[key] = value;
    else el.setAttribute(key, value === true ? '' : value);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** The main area shows one screen: replace its content and move focus to its heading (keyboard, screen readers). */
export function show(...children) {
  const main = document.getElementById('main');
  main.replaceChildren(...children.flat());
  const heading = main.querySelector('h1');
  if (heading) {
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
    document.title = `${heading.textContent} · ${t('app')}`;
  }
}

/** Reserved-height placeholder while a screen loads, so the page does not jump when data arrives. */
export function loading(title) {
  return [h('h1', {}, title), h('div', { class: 'skeleton', role: 'status', 'aria-live': 'polite' }, t('loading'))];
}

export function emptyState(text) {
  return h('div', { class: 'empty', role: 'status' }, text);
}

/** A failed load: 找不到 for 404, 无权 for 403, else the service's own message (message.zh/en); a retry when given one. */
export function errorState(error, retry) {
  const text = error?.status === 404 ? t('notFound') : error?.status === 403 ? t('forbidden') : problemText(error?.problem);
  return h('div', { class: 'error-state', role: 'alert' }, h('p', {}, text),
    retry ? h('button', { type: 'button', class: 'secondary', onclick: retry }, t('retry')) : null);
}

/** Transient message in the live region (announced by screen readers). */
export function notify(text, kind = 'ok') {
  const region = document.getElementById('notice');
  region.className = `notice ${kind}`;
  region.textContent = text;
  clearTimeout(notify.timer);
  notify.timer = setTimeout(() => { region.textContent = ''; region.className = 'notice'; }, 6000);
}

export function statusBadge(status) {
  return h('span', { class: `badge status-${status}`, dataset: { status } }, t(`status${status}`));
}

export function table(columns, rows, { caption, rowClass } = {}) {
  return h('div', { class: 'table-wrap' },
    h('table', {},
      caption ? h('caption', { class: 'sr-only' }, caption) : null,
      h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col' }, c.label)))),
      h('tbody', {}, rows.map((row) => h('tr', { class: rowClass?.(row) ?? '' },
        columns.map((c) => h('td', { dataset: { col: c.key } }, c.cell(row))))))));
}

/** A list's filters as tabs that are links (each its own address): [key, href, label, current]; ids idPrefix-key. */
export function linkTabs(label, idPrefix, items) {
  return h('nav', { class: 'tabs', 'aria-label': label }, items.map(([key, href, text, current]) => h('a', { href,
    class: 'button tab', id: `${idPrefix}-${key}`, 'aria-current': current ? 'page' : null }, text)));
}

export function pager(page, size, total, go) {
  const pages = Math.max(1, Math.ceil(total / size));
  return h('nav', { class: 'pager', 'aria-label': t('pageOf', page + 1, pages) },
    h('span', {}, t('total', total), ' · ', t('pageOf', page + 1, pages)),
    h('button', { type: 'button', class: 'secondary', disabled: page <= 0, onclick: () => go(page - 1) }, t('prev')),
    h('button', { type: 'button', class: 'secondary', disabled: page + 1 >= pages, onclick: () => go(page + 1) }, t('next')));
}

/** A labelled form field with a slot for its violations right under it (aria-describedby). */
export function field(id, label, control, hint) {
  control.id = id;
  const errors = h('div', { class: 'field-errors', id: `${id}-errors`, 'aria-live': 'polite' });
  const described = [hint ? `${id}-hint` : null, `${id}-errors`].filter(Boolean).join(' ');
  control.setAttribute('aria-describedby', described);
  return h('div', { class: 'field', dataset: { field: id } },
    h('label', { for: id }, label),
    hint ? h('span', { class: 'hint', id: `${id}-hint` }, hint) : null,
    control, errors);
}

/**
 * Puts each violation next to its field ({field: [violation]}); violations of fields the form does not have
 * go to the form-level box. onFix(field, value) is offered when a violation carries a suggested fix.
 */
export function showViolations(form, byField, generalBox, onFix) {
  form.querySelectorAll('.field-errors').forEach((box) => box.replaceChildren());
  form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
  const general = [];
  for (const [name, violations] of Object.entries(byField)) {
    const box = form.querySelector(`#f-${name}-errors`);
    if (!box) { general.push(...violations); continue; }
    const hasError = violations.some((v) => v.severity !== 'WARNING');
    if (hasError) form.querySelector(`#f-${name}`)?.setAttribute('aria-invalid', 'true');
    box.replaceChildren(...violations.map((v) => violationItem(v, () => onFix?.(name, v.suggestedFix))));
  }
  generalBox.replaceChildren(...general.map((v) => violationItem(v)));
}

export function violationItem(v, fix) {
  const warning = v.severity === 'WARNING';
  return h('p', { class: `violation ${warning ? 'warning' : 'error'}`, dataset: { rule: v.rule ?? '' } },
    h('span', { class: 'sev' }, warning ? t('warning') : t('error')),
    v.rule ? h('code', { class: 'rule' }, v.rule) : null, ' ', violationText(v),
    v.suggestedFix && fix ? h('button', { type: 'button', class: 'fix', onclick: fix }, t('applyFix', v.suggestedFix)) : null);
}
