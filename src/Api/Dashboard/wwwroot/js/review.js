// The monthly review (数据复盘) from `dataReview` as ECharts charts and a table, and the performance evaluation
// (evaluation.js); every figure links to its definition in docs/metrics.md (anchors as GitHub renders the headings).
// A supervisor may narrow the review to one member of the team (`ownerId`).
import { gql } from './api.js';
import { t, currentLanguage } from './i18n.js';
import { teamDate } from './zone.js';
import { label } from './labels.js';
import { el } from './dom.js';
import { loadEvaluation, evaluationSection } from './evaluation.js';
import { loadECharts } from './echarts.js';

const metricsDoc = document.querySelector('meta[name="crm-metrics-doc"]')?.content ?? 'docs/metrics.md';
const anchors = {
  sources: 'sources-客户来源转化率--sources-newcustomers',
  funnel: 'funnel-销售漏斗--funnel',
  channels: 'win-rate-per-follow-up-channel-跟进方式效果--channels',
  timeliness: 'timeliness--timeliness',
  service: 'service-客户服务--service',
  daysToConversion: 'days-to-conversion-per-grade-各级别客户转化周期--daystoconversion',
  evaluation: 'performance-evaluation-绩效评估--performanceevaluationperiod',
};
const definition = (key) => `${metricsDoc}#${anchors[key]}`;

const query = `query($year: Int!, $month: Int!, $ownerId: ID) {
  dataReview(period: { year: $year, month: $month }, ownerId: $ownerId) {
  from to newCustomers
  sources { source customSource customers share conversionRate }
  funnel { stages { stage customers } }
  channels { channel customers won winRate }
  timeliness { overdueFollowUps lateCustomerEntries averageRecordLagHours }
  service { complaintRatePercent satisfactionPercent }
  daysToConversion { grade converted averageDays } } }`;

const charts = [];

export function renderReviewShell(panel) {
  const value = teamDate(new Date()).slice(0, 7);
  panel.innerHTML = `<form class="review-controls" id="review-form">
      <label><span data-i18n="month">${t('month')}</span><br>
        <input type="month" id="review-month" name="month" value="${value}" required></label>
      <span id="review-owner-field" hidden><label for="review-owner">${t('member')}</label><br>
        <select id="review-owner" name="owner"><option value="">${t('wholeTeam')}</option></select></span>
      <button type="submit" data-i18n="load">${t('load')}</button></form>
    <p id="review-error" class="error" role="alert"></p>
    <div id="review-body"></div>`;
  panel.querySelector('#review-form').addEventListener('submit', (event) => {
    event.preventDefault();
    loadReview(panel);
  });
  window.addEventListener('resize', () => charts.forEach((c) => c.resize()));
}

export async function loadReview(panel) {
  const [year, month] = panel.querySelector('#review-month').value.split('-').map(Number);
  const error = panel.querySelector('#review-error');
  const body = panel.querySelector('#review-body');
  error.textContent = '';
  body.setAttribute('aria-busy', 'true');
  try {
    const ownerId = panel.querySelector('#review-owner').value || null;
    // The chart script loads with the figures; if it fails, the tables are still shown, with the error.
    const [{ dataReview: review }, lines] = await Promise.all([gql(query, { year, month, ownerId }),
      loadEvaluation(year, month), loadECharts().catch((e) => { error.textContent = t('error') + e.message; })]);
    showMembers(panel, lines);
    draw(body, review);
    const evaluation = evaluationSection(lines, definition('evaluation'));
    body.append(evaluation.section);
    const chart = evaluation.draw();
    if (chart) charts.push(chart);
  } catch (e) {
    error.textContent = t('error') + e.message;
  } finally {
    body.removeAttribute('aria-busy');
  }
}

// Supervisors and admins choose a member; a salesperson's review is always their own.
function showMembers(panel, lines) {
  const field = panel.querySelector('#review-owner-field');
  const select = panel.querySelector('#review-owner');
  field.hidden = document.body.dataset.role === 'SALESPERSON';
  const members = lines.map((line) => line.salesperson).filter(Boolean);
  for (const member of members) {
    if (![...select.options].some((o) => o.value === member.id)) {
      select.append(el('option', { value: member.id }, member.displayName));
    }
  }
}

function draw(body, review) {
  charts.splice(0).forEach((c) => c.dispose());
  body.innerHTML = `<div class="charts">
      ${chartCard('sources')}${chartCard('funnel')}${chartCard('channels')}</div>
    <section class="card" aria-labelledby="figures-title"><h3 id="figures-title">${t('figures')}
      <span class="count">${review.from} – ${review.to}</span></h3>
      <div class="table-wrap"><table id="review-figures"><thead><tr><th scope="col">${t('figure')}</th>
      <th scope="col" class="num">${t('value')}</th><th scope="col">${t('definition')}</th></tr></thead>
      <tbody>${figureRows(review).join('')}</tbody></table></div></section>`;
  const sourceLabel = (s) => s.customSource ?? label(s.source);
  plot(body, 'sources', review.sources.map((s) => `${sourceLabel(s)}: ${s.customers}`), {
    tooltip: { trigger: 'item' },
    series: [{ type: 'pie', radius: ['35%', '65%'], data: review.sources.map((s) => ({ name: sourceLabel(s), value: s.customers })) }],
  });
  const stages = review.funnel.stages;
  plot(body, 'funnel', stages.map((s) => `${label(s.stage)}: ${s.customers}`), {
    tooltip: { trigger: 'axis' }, grid: { left: 110, right: 16, top: 8, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: stages.map((s) => label(s.stage)) },
    series: [{ type: 'bar', data: stages.map((s) => s.customers) }],
  });
  plot(body, 'channels', review.channels.map((c) => `${label(c.channel)}: ${c.won}/${c.customers}`), {
    tooltip: { trigger: 'axis' }, grid: { left: 40, right: 16, top: 8, bottom: 48 },
    xAxis: { type: 'category', data: review.channels.map((c) => label(c.channel)), axisLabel: { rotate: 30 } },
    yAxis: { type: 'value', max: 1 },
    series: [{ type: 'bar', data: review.channels.map((c) => Number(c.winRate ?? 0)) }],
  });
}

function chartCard(key) {
  return `<section class="card" aria-labelledby="chart-${key}-title"><h3 id="chart-${key}-title">${t(key)}
    <a href="${definition(key)}" class="count">${t('definition')}</a></h3>
    <div class="chart" id="chart-${key}" role="img"></div></section>`;
}

// The chart's figures also go into its aria-label, so a screen reader gets the numbers the picture shows.
function plot(body, key, summary, option) {
  const element = body.querySelector(`#chart-${key}`);
  element.setAttribute('aria-label', `${t(key)}: ${summary.join(', ') || t('none')}`);
  element.dataset.figures = JSON.stringify(summary);
  if (!globalThis.echarts) return;
  const chart = globalThis.echarts.init(element, null, { locale: currentLanguage() === 'en' ? 'EN' : 'ZH' });
  chart.setOption({ animation: false, ...option });
  charts.push(chart);
}

function figureRows(review) {
  const number = (value) => (value === null || value === undefined ? '—' : String(value));
  const rows = [
    ['newCustomers', review.newCustomers, 'sources'],
    ['overdueFollowUps', review.timeliness.overdueFollowUps, 'timeliness'],
    ['lateCustomerEntries', review.timeliness.lateCustomerEntries, 'timeliness'],
    ['averageRecordLagHours', review.timeliness.averageRecordLagHours, 'timeliness'],
    ['complaintRatePercent', review.service.complaintRatePercent, 'service'],
    ['satisfactionPercent', review.service.satisfactionPercent, 'service'],
    ...review.daysToConversion.map((d) => [`daysToConversion`, d.averageDays, 'daysToConversion', d.grade ?? '—']),
  ];
  return rows.map(([key, value, anchor, suffix]) => `<tr data-figure="${key}"><th scope="row">${t(key)}${
    suffix ? ` (${suffix})` : ''}</th><td class="num">${number(value)}</td><td><a href="${definition(anchor)}">${
    metricsDoc}#${anchors[anchor]}</a></td></tr>`);
}
