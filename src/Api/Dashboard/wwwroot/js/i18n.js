// Interface texts in Chinese (default) and English; the server's own texts follow Accept-Language (see api.js).
import { teamZone } from './zone.js';

const texts = {
  'zh-CN': {
    skip: '跳到正文', title: '团队看板', language: '语言', signOut: '退出', signInTitle: '登录', signIn: '登录',
    tokenLabel: '访问令牌',
    tokenHelp: '粘贴个人 API 令牌，或 `dotnet run --project src/Api -- token 登录名` 输出的最后一行。令牌只保存在本浏览器。',
    badToken: '令牌无效或已过期。', today: '今日', review: '数据复盘', reminders: '实时提醒',
    overdue: '逾期跟进', dueToday: '今日待跟进', gradeA: 'A 级客户今日未跟进', none: '暂无',
    due: '计划时间', live: '已连接', connecting: '连接中…', offline: '已断开，正在重连…',
    markRead: '标为已读', dismiss: '忽略', month: '月份', load: '查看', sources: '客户来源',
    funnel: '销售漏斗（当前阶段）', channels: '跟进方式成交率', figures: '关键数据', figure: '指标', value: '数值',
    newCustomers: '新增客户', overdueFollowUps: '逾期跟进', lateCustomerEntries: '录入超时',
    averageRecordLagHours: '平均记录延迟（小时）', complaintRatePercent: '投诉率 %', satisfactionPercent: '满意度 %',
    daysToConversion: '平均转化天数', definition: '定义', error: '出错了：', loading: '加载中…',
    back: '返回', customerNotFound: '找不到该客户，或你无权查看。', archive: '客户档案', contacts: '联系人',
    gradeAndStage: '分级与阶段变化', deals: '商机', services: '服务记录', timeline: '跟进记录', more: '加载更多',
    recordFollowUp: '记录跟进', channel: '跟进方式', purpose: '跟进目的', content: '跟进内容', result: '结果',
    customerFeedback: '客户反馈', nextFollowUpAt: '下次跟进时间（留空则按跟进节奏）', save: '保存',
    recorded: '已记录。下次跟进：', refused: '未保存：', fromCadence: '（按跟进节奏）', nextPlan: '下次跟进',
    owner: '负责人', inPool: '公海', kind: '类型', source: '来源', phone: '电话', email: '邮箱', weChat: '微信',
    address: '地址', industry: '行业', companySize: '规模', tags: '标签', enteredAt: '录入时间',
    lastFollowUpAt: '最近跟进', never: '从未', archived: '已归档', yes: '是', keyDecisionMaker: '关键决策人',
    grade: '级别', stage: '阶段', snooze: '1 小时后提醒', fulfils: '完成计划：', snoozedUntil: '稍后提醒至', snoozed: '已稍后提醒',
    evaluation: '绩效评估', rank: '排名', salesperson: '业务员', totalScore: '综合得分', salesAmount: '销售额',
    conversionRatePercent: '转化率 %', timelinessPercent: '跟进及时率 %', member: '成员', wholeTeam: '全部成员',
    team: '团队成员', overdueCount: '逾期', dueTodayCount: '今日待跟进',
    keyDates: '本周重要日期', reclaim: '即将进入公海', reclaimAt: '回收时间',
    chartsFailed: '图表脚本加载失败（vendor/echarts.min.js），只显示数据表。',
  },
  en: {
    skip: 'Skip to content', title: 'Team dashboard', language: 'Language', signOut: 'Sign out',
    signInTitle: 'Sign in', signIn: 'Sign in', tokenLabel: 'Access token',
    tokenHelp: 'Paste a personal API token, or the last line of `dotnet run --project src/Api -- token LOGIN`. '
      + 'The token is kept in this browser only.',
    badToken: 'The token is invalid or has expired.', today: 'Today', review: 'Monthly review',
    reminders: 'Live reminders', overdue: 'Overdue follow-ups', dueToday: 'Due today',
    gradeA: 'A-grade customers not followed up today', none: 'Nothing', due: 'Due', live: 'Live',
    connecting: 'Connecting…', offline: 'Disconnected, reconnecting…', markRead: 'Mark read', dismiss: 'Dismiss',
    month: 'Month', load: 'Show', sources: 'Customer sources', funnel: 'Funnel (current stages)',
    channels: 'Win rate per channel', figures: 'Key figures', figure: 'Figure', value: 'Value',
    newCustomers: 'New customers', overdueFollowUps: 'Overdue follow-ups', lateCustomerEntries: 'Late entries',
    averageRecordLagHours: 'Average record lag (hours)', complaintRatePercent: 'Complaint rate %',
    satisfactionPercent: 'Satisfaction %', daysToConversion: 'Average days to conversion', definition: 'definition',
    error: 'Error: ', loading: 'Loading…',
    back: 'Back', customerNotFound: 'No such customer, or you may not see it.', archive: 'Archive',
    contacts: 'Contacts', gradeAndStage: 'Grade and stage changes', deals: 'Deals', services: 'Service records',
    timeline: 'Follow-ups', more: 'More', recordFollowUp: 'Record a follow-up', channel: 'Channel',
    purpose: 'Purpose', content: 'What happened', result: 'Result', customerFeedback: 'Customer feedback',
    nextFollowUpAt: 'Next follow-up (empty: the team cadence)', save: 'Save', recorded: 'Recorded. Next follow-up:',
    refused: 'Not saved: ', fromCadence: '(team cadence)', nextPlan: 'Next follow-up', owner: 'Owner',
    inPool: 'Team pool', kind: 'Kind', source: 'Source', phone: 'Phone', email: 'Email', weChat: 'WeChat',
    address: 'Address', industry: 'Industry', companySize: 'Size', tags: 'Tags', enteredAt: 'Entered',
    lastFollowUpAt: 'Last follow-up', never: 'never', archived: 'Archived', yes: 'yes',
    keyDecisionMaker: 'Key decision maker', grade: 'Grade', stage: 'Stage', snooze: 'Snooze 1 hour', fulfils: 'Completes the plan',
    snoozedUntil: 'Snoozed until', snoozed: 'Snoozed', keyDates: 'Key dates this week',
    evaluation: 'Performance evaluation', rank: 'Rank', salesperson: 'Salesperson', totalScore: 'Total score',
    salesAmount: 'Sales amount', conversionRatePercent: 'Conversion %', timelinessPercent: 'Timeliness %',
    member: 'Member', wholeTeam: 'Whole team', team: 'Team members', overdueCount: 'Overdue',
    dueTodayCount: 'Due today',
    reclaim: 'About to return to the pool',
    reclaimAt: 'Returns',
    chartsFailed: 'The chart script (vendor/echarts.min.js) did not load; only the tables are shown.',
  },
};

let language = localStorage.getItem('crm.language') ?? 'zh-CN';

export const currentLanguage = () => language;

export function setLanguage(value) {
  language = texts[value] ? value : 'zh-CN';
  localStorage.setItem('crm.language', language);
  document.documentElement.lang = language;
  for (const element of document.querySelectorAll('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n);
  }
}

export const t = (key) => texts[language][key] ?? texts['zh-CN'][key] ?? key;

// Times in the team's time zone, as the server words its reminders.
export const formatTime = (iso) => new Date(iso).toLocaleString(language,
  { timeZone: teamZone(), dateStyle: 'short', timeStyle: 'short' });
