// Chinese and English names of the schema's enum values (the API returns the values, e.g. PHONE, WE_CHAT).
import { currentLanguage } from './i18n.js';

const zh = {
  PHONE: '电话', WE_CHAT: '微信', EMAIL: '邮件', SMS: '短信', VISIT: '上门拜访', MEETING: '会面', VIDEO: '视频',
  FIRST_CONTACT: '初次接触', NEEDS_DISCOVERY: '需求了解', PRESENTATION: '方案介绍', NEGOTIATION: '商务谈判',
  PROBLEM_SOLVING: '问题解决', AFTER_SALES: '售后', CARE: '关怀', REPURCHASE: '复购', OTHER: '其他',
  PROSPECT: '潜在客户', QUALIFIED: '合格客户', FOLLOWING_UP: '跟进中', ESTABLISHED: '已成交', MAINTAINING: '维护中',
  AT_RISK: '流失风险', CHURNED: '已流失', LOST: '未成交', WON_BACK: '已挽回',
  COLD_CALL: '电话开发', CUSTOM: '自定义', EXHIBITION: '展会', ONLINE_AD: '网络广告', REFERRAL: '转介绍',
  SOCIAL_MEDIA: '社交媒体', WEBSITE: '官网',
  OPEN: '进行中', WON: '赢单', ANSWERED: '已响应', RESOLVED: '已解决', REVISITED: '已回访', CLOSED: '已关闭',
  COMPLAINT: '投诉', CONSULTATION: '咨询', REPAIR: '维修',
  COMPETITOR: '竞争对手', PRICE: '价格', TIMING: '时机', UNCLEAR_NEEDS: '需求不明',
  INDIVIDUAL: '个人', ORGANIZATION: '企业',
  SALESPERSON: '销售', SUPERVISOR: '主管', ADMIN: '管理员', A: 'A 级', B: 'B 级', C: 'C 级', DEAL_WON: '成交', EVALUATED: '完成评估', FIRST_FOLLOW_UP: '首次跟进', FIRST_MAINTENANCE: '首次维护', MANUAL: '手动调整',
  REOPENED: '重新开启', RISK_OBSERVED: '发现流失风险',
  BIRTHDAY: '生日', COMPANY_ANNIVERSARY: '公司纪念日', CONTRACT_EXPIRY: '合同到期',
};

const en = { A: 'Grade A', B: 'Grade B', C: 'Grade C', WE_CHAT: 'WeChat', SMS: 'SMS', COLD_CALL: 'Cold call', ONLINE_AD: 'Online ad', AT_RISK: 'At risk' };

// "FOLLOWING_UP" -> "Following up" unless an English name is given above.
const english = (value) => en[value] ?? value.charAt(0) + value.slice(1).toLowerCase().replaceAll('_', ' ');

export const label = (value) => {
  if (value === null || value === undefined) return '—';
  return currentLanguage() === 'en' ? english(value) : zh[value] ?? value;
};

export const channels = ['PHONE', 'WE_CHAT', 'VISIT', 'MEETING', 'VIDEO', 'EMAIL', 'SMS'];
export const purposes = ['NEEDS_DISCOVERY', 'FIRST_CONTACT', 'PRESENTATION', 'NEGOTIATION', 'PROBLEM_SOLVING',
  'AFTER_SALES', 'CARE', 'REPURCHASE', 'OTHER'];
