// The performance evaluation (绩效评估) of the chosen month: `performanceEvaluation` as a total-score chart and a
// table. The server decides who is listed: a supervisor sees the team's salespeople, a salesperson only themselves.
import { gql } from './api.js';
import { t, currentLanguage } from './i18n.js';
import { el } from './dom.js';

const query = `query($year: Int!, $month: Int!) { performanceEvaluation(period: { year: $year, month: $month }) {
  salespeople { rank totalScore newCustomers salesAmount conversionRatePercent timelinessPercent satisfactionPercent
    complaintRatePercent salesperson { id displayName } } } }`;

const columns = ['newCustomers', 'salesAmount', 'conversionRatePercent', 'timelinessPercent', 'satisfactionPercent',
  'complaintRatePercent'];
const number = (value) => (value === null || value === undefined ? '—' : String(Number(value)));

export async function loadEvaluation(year, month) {
  const { performanceEvaluation } = await gql(query, { year, month });
  return performanceEvaluation.salespeople;
}

export function evaluationSection(lines, definition) {
  const name = (line) => line.salesperson?.displayName ?? '—';
  const head = el('tr', {}, el('th', { scope: 'col' }, t('rank')), el('th', { scope: 'col' }, t('salesperson')),
    el('th', { scope: 'col', className: 'num' }, t('totalScore')),
    columns.map((key) => el('th', { scope: 'col', className: 'num' }, t(key))));
  const rows = lines.map((line) => el('tr', { 'data-salesperson': line.salesperson?.id ?? '' },
    el('td', { className: 'num' }, String(line.rank)), el('th', { scope: 'row' }, name(line)),
    el('td', { className: 'num', 'data-figure': 'totalScore' }, number(line.totalScore)),
    columns.map((key) => el('td', { className: 'num', 'data-figure': key }, number(line[key])))));
  const chart = el('div', { className: 'chart', id: 'chart-evaluation', role: 'img' });
  const summary = lines.map((line) => `${name(line)}: ${number(line.totalScore)}`);
  chart.setAttribute('aria-label', `${t('totalScore')}: ${summary.join(', ') || t('none')}`);
  chart.dataset.figures = JSON.stringify(summary);
  const section = el('section', { className: 'card', id: 'evaluation', 'aria-labelledby': 'evaluation-title' },
    el('h3', { id: 'evaluation-title' }, t('evaluation'), ' ',
      el('a', { href: definition, className: 'count' }, t('definition'))),
    chart,
    el('div', { className: 'table-wrap' }, el('table', { id: 'evaluation-table' }, el('thead', {}, head),
      el('tbody', {}, rows))));
  return { section, draw: () => drawChart(chart, lines, name) };
}

function drawChart(element, lines, name) {
  if (!globalThis.echarts) return null;
  const chart = globalThis.echarts.init(element, null, { locale: currentLanguage() === 'en' ? 'EN' : 'ZH' });
  chart.setOption({
    animation: false, tooltip: { trigger: 'axis' }, grid: { left: 40, right: 16, top: 8, bottom: 32 },
    xAxis: { type: 'category', data: lines.map(name) },
    yAxis: { type: 'value', max: 100 },
    series: [{ type: 'bar', data: lines.map((line) => Number(line.totalScore)) }],
  });
  return chart;
}
