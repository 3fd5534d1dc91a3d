// What the 收文 screens share: today's date in Beijing, who holds a 收文 in words, and its trail as a timeline.
import { t, when } from '../i18n.js';
import { h } from './ui.js';
import { personName, unitName } from './people.js';

/** Today in Beijing as YYYY-MM-DD, what a date input holds (收文日期, 办理时限). */
export function beijingToday() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/** Who must act next, in words: 办公室 (初审/拟办), 领导批办, or the 主办 unit (承办). */
export function holderText(holder) {
  if (!holder) return '—';
  if (holder.role === 'LEADER') return t('holderLEADER');
  return `${unitName(holder.unit)}（${t(`holder${holder.role}`)}）`;
}

/** The trail's action (a Chinese word on the wire) in the page's language; an action this page does not know, as sent. */
function actionText(action) {
  const text = t(`trail_${action}`);
  return text === `trail_${action}` ? action : text;
}

/** The append-only trail (登记, 初审通过, 退文, 拟办, 批办, 申请转办, 延期, 办结): who, of which unit, when, with what. */
export function trailPanel(trail) {
  return h('section', { class: 'panel', 'aria-labelledby': 'incoming-trail-h', id: 'incoming-trail' },
    h('h2', { id: 'incoming-trail-h' }, t('trailTitle')),
    h('ol', { class: 'timeline' }, (trail ?? []).map((e) => h('li', { class: 'step done', dataset: { action: e.action } },
      h('div', { class: 'step-head' }, h('strong', {}, actionText(e.action)), h('span', { class: 'muted small' }, when(e.at))),
      h('p', {}, `${personName(e.actor)}（${unitName(e.unit)}）`),
      e.note ? h('p', { class: 'opinion-text' }, e.note) : null))));
}
