// 档案统计 for auditors and the 局长: archived documents per month, per unit and per kind, and how long each review
// level took (median and 90th percentile, overdue steps) — charts drawn as plain SVG, no library.
import { api, query } from '../api.js';
import { t } from '../i18n.js';
import { emptyState, errorState, field, h, loading, show, showViolations, table } from '../components/ui.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  Object.entries(attrs).forEach(([k, v]) => el.setAttribute(k, String(v)));
  children.flat().forEach((c) => el.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return el;
}

/** Vertical bars with their value on top and the key below; the figures are also in a table for screen readers. */
function columnChart(id, title, counts) {
  const width = 640;
  const height = 220;
  const max = Math.max(1, ...counts.map((c) => c.count));
  const slot = width / Math.max(1, counts.length);
  const bar = Math.min(48, slot * 0.6);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height + 40}`, role: 'img', 'aria-labelledby': `${id}-h`, class: 'chart' },
    counts.map((c, i) => {
      const x = i * slot + (slot - bar) / 2;
      const barHeight = (c.count / max) * height;
      return svg('g', {}, svg('rect', { x, y: height - barHeight + 16, width: bar, height: barHeight, class: 'bar' }),
        svg('text', { x: x + bar / 2, y: height - barHeight + 10, 'text-anchor': 'middle', class: 'value' }, c.count),
        svg('text', { x: x + bar / 2, y: height + 34, 'text-anchor': 'middle', class: 'key' }, c.key));
    }));
  return h('section', { class: 'panel', id, 'aria-labelledby': `${id}-h` }, h('h2', { id: `${id}-h` }, title), chart,
    h('details', {}, h('summary', {}, t('asTable')), table([
      { key: 'key', label: t('colKey'), cell: (c) => c.key }, { key: 'count', label: t('colCount'), cell: (c) => c.count },
    ], counts)));
}

/** Seconds as people read them: 40 秒, 12 分钟, 3.5 小时, 2.1 天. */
function span(seconds) {
  if (seconds < 60) return t('seconds', Math.round(seconds));
  if (seconds < 3600) return t('minutes', Math.round(seconds / 60));
  if (seconds < 86400) return t('hours', Math.round(seconds / 360) / 10);
  return t('days', Math.round(seconds / 8640) / 10);
}

/** Per level: a bar for the median and a longer, lighter one for the 90th percentile, both labelled as span() reads them. */
function reviewTimeChart(times) {
  const width = 640;
  const row = 44;
  const label = 150;
  const max = Math.max(1, ...times.map((s) => s.p90Seconds));
  const scale = (s) => ((width - label - 120) * s) / max;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${times.length * row + 10}`, role: 'img', 'aria-labelledby': 'review-times-h', class: 'chart' },
    times.map((s, i) => svg('g', { transform: `translate(0 ${i * row + 6})` },
      svg('text', { x: 0, y: 18, class: 'key' }, `${t('levelN', s.level)} ${t(`role${s.role}`)}`),
      svg('rect', { x: label, y: 2, width: scale(s.p90Seconds), height: 16, class: 'bar p90' }),
      svg('rect', { x: label, y: 6, width: scale(s.medianSeconds), height: 8, class: 'bar' }),
      svg('text', { x: label + scale(s.p90Seconds) + 6, y: 15, class: 'value' }, `${span(s.medianSeconds)} / ${span(s.p90Seconds)}`))));
  return h('section', { class: 'panel', id: 'review-times', 'aria-labelledby': 'review-times-h' },
    h('h2', { id: 'review-times-h' }, t('reviewTimes')), h('p', { class: 'muted small' }, t('reviewTimesHint')), chart,
    table([
      { key: 'level', label: t('colLevel'), cell: (s) => `${t('levelN', s.level)} ${t(`role${s.role}`)}` },
      { key: 'steps', label: t('colCount'), cell: (s) => s.steps },
      { key: 'median', label: t('median'), cell: (s) => span(s.medianSeconds) },
      { key: 'p90', label: 'P90', cell: (s) => span(s.p90Seconds) },
      { key: 'overdue', label: t('overdue'), cell: (s) => h('span', { class: s.overdue ? 'overdue-text' : '' }, s.overdue) },
    ], times));
}

export async function renderStatistics(params) {
  const year = params.get('year') ?? '';
  const yearInput = h('input', { type: 'number', name: 'year', min: 1000, max: 9999 });
  yearInput.value = year;
  const form = h('form', { class: 'search panel', id: 'statistics-form', role: 'search' },
    h('div', { class: 'row' }, field('f-year', t('year'), yearInput)),
    h('div', { class: 'form-errors', id: 'statistics-errors', 'aria-live': 'polite' }),
    h('button', { type: 'submit' }, t('search')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/statistics${query({ year: yearInput.value.trim() })}`;
  });
  const heading = () => h('h1', {}, t('statisticsTitle'));
  show(heading(), form, loading(t('statisticsTitle')).slice(1));
  const here = location.hash;
  try {
    const { body } = await api.get(`/api/archive/statistics${query({ year })}`);
    if (location.hash !== here) return; // the user moved on while this loaded
    const months = [...body.byMonth].sort((a, b) => a.key.localeCompare(b.key));
    show(heading(), form, h('p', { class: 'summary', id: 'statistics-total' }, t('total', body.records)),
      body.records === 0 ? emptyState(t('emptyArchive')) : [
        columnChart('per-month', t('perMonth'), months),
        body.reviewTimes.length ? reviewTimeChart(body.reviewTimes) : null,
        h('div', { class: 'row' }, columnChart('per-unit', t('perUnit'), body.byUnit), columnChart('per-kind', t('perKind'), body.byDocType)),
      ]);
  } catch (e) {
    if (location.hash !== here) return;
    if (Object.keys(e.byField?.() ?? {}).length) {
      show(heading(), form);
      showViolations(form, e.byField(), form.querySelector('#statistics-errors'));
    } else {
      show(heading(), form, errorState(e, () => renderStatistics(params)));
    }
  }
}
