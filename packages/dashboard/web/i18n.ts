/** Every text of the page in English and Chinese; elements name their text with data-i18n. */
export type Language = 'en' | 'zh';

const en = {
  title: 'Customer demand',
  subtitle: 'What customers ask for, where SLAs slip, what is new',
  range: 'Period',
  last7: 'Last 7 days',
  last30: 'Last 30 days',
  last90: 'Last 90 days',
  custom: 'Custom',
  from: 'From',
  to: 'To',
  queue: 'Queue',
  allQueues: 'All queues',
  autoRefresh: 'Auto-refresh',
  refresh: 'Refresh',
  updated: 'Updated',
  changeKey: 'Change API key',
  keyTitle: 'Sign in with an API key',
  keyHelp: 'An API key with the requests:read scope. It is kept only in this browser tab (session storage) and sent as a Bearer token.',
  keyPlaceholder: 'cf_…',
  keySubmit: 'Open dashboard',
  keyRejected: 'That key was refused. Check it and try again.',
  kpiRequests: 'Requests',
  kpiFirstResponse: 'Median first response',
  kpiResolution: 'Median resolution',
  kpiSla: 'SLA compliance',
  kpiCsat: 'CSAT',
  kpiAccuracy: 'Routing accuracy',
  kpiTriage: 'Sent to triage',
  kpiOpenBreached: 'Open and breached',
  volumeTitle: 'Requests by category',
  otherCategories: 'all other categories',
  slaTitle: 'SLA by queue',
  resolutionTitle: 'Resolution time',
  csatTitle: 'Customer satisfaction',
  classifierTitle: 'Classifier quality',
  topicsTitle: 'Emerging topics',
  topicsNote: 'Requests the classifier was unsure of or got wrong, grouped by what they say: the last 7 days of the period against the 7 days before.',
  atRiskTitle: 'Open requests at risk',
  loading: 'Loading…',
  empty: 'No data for this period and queue.',
  failed: 'Could not load',
  retry: 'Retry',
  firstResponse: 'First response',
  resolution: 'Resolution',
  compliance: 'compliance',
  breaches: 'Breaches',
  requests: 'requests',
  hours: 'h',
  upTo: 'up to',
  over: 'over',
  ratings: 'ratings',
  responseRate: 'response rate',
  meanScore: 'Mean score',
  accuracyByConfidence: 'Accuracy by model confidence',
  accuracy: 'Accuracy',
  perfect: 'Perfectly calibrated',
  confused: 'Most confused',
  corrected: 'corrected',
  confirmed: 'confirmed',
  coverage: 'reviewed',
  reviewed: 'reviewed by operators',
  newTopic: 'new',
  growth: 'vs previous period',
  examples: 'Examples',
  noTopics: 'Nothing new: no cluster of triaged or corrected requests stands out.',
  subject: 'Subject',
  status: 'Status',
  priority: 'Priority',
  due: 'SLA due',
  level: 'Level',
  assignee: 'Assignee',
  openInTemporal: 'Open in Temporal',
  overdue: 'overdue',
  noneAtRisk: 'No open request is at risk. 🎉',
  p50: 'median',
  p90: 'p90',
  wallClock: 'wall clock',
  businessHours: 'business hours',
  language: '中文',
};

export type TextKey = keyof typeof en;

const zh: Record<TextKey, string> = {
  title: '客户需求分析',
  subtitle: '客户在问什么、哪里超出服务时限、有什么新问题',
  range: '时间范围',
  last7: '最近 7 天',
  last30: '最近 30 天',
  last90: '最近 90 天',
  custom: '自定义',
  from: '开始',
  to: '结束',
  queue: '队列',
  allQueues: '全部队列',
  autoRefresh: '自动刷新',
  refresh: '刷新',
  updated: '更新于',
  changeKey: '更换 API 密钥',
  keyTitle: '使用 API 密钥登录',
  keyHelp: '需要具有 requests:read 权限的 API 密钥。密钥只保存在当前浏览器标签页（会话存储）中，并以 Bearer 令牌发送。',
  keyPlaceholder: 'cf_…',
  keySubmit: '打开仪表板',
  keyRejected: '该密钥被拒绝，请检查后重试。',
  kpiRequests: '请求数',
  kpiFirstResponse: '首次响应中位数',
  kpiResolution: '解决时间中位数',
  kpiSla: 'SLA 达成率',
  kpiCsat: '满意度',
  kpiAccuracy: '分类准确率',
  kpiTriage: '转人工分拣',
  kpiOpenBreached: '未结且已超时',
  volumeTitle: '按类别的请求量',
  otherCategories: '其他所有类别',
  slaTitle: '各队列 SLA',
  resolutionTitle: '解决时间分布',
  csatTitle: '客户满意度',
  classifierTitle: '分类器质量',
  topicsTitle: '新出现的话题',
  topicsNote: '分类器没把握或分错的请求，按内容聚类：所选时段的最近 7 天与之前 7 天比较。',
  atRiskTitle: '有风险的未结请求',
  loading: '加载中…',
  empty: '该时间范围和队列没有数据。',
  failed: '加载失败',
  retry: '重试',
  firstResponse: '首次响应',
  resolution: '解决',
  compliance: '达成率',
  breaches: '超时数',
  requests: '个请求',
  hours: '小时',
  upTo: '不超过',
  over: '超过',
  ratings: '个评分',
  responseRate: '评分率',
  meanScore: '平均分',
  accuracyByConfidence: '不同置信度下的准确率',
  accuracy: '准确率',
  perfect: '完全校准',
  confused: '最常混淆',
  corrected: '已纠正',
  confirmed: '已确认',
  coverage: '已审核',
  reviewed: '人工审核',
  newTopic: '新',
  growth: '相比上一周期',
  examples: '示例',
  noTopics: '暂无新话题：分拣或纠正的请求中没有突出的聚类。',
  subject: '主题',
  status: '状态',
  priority: '优先级',
  due: 'SLA 截止',
  level: '级别',
  assignee: '处理人',
  openInTemporal: '在 Temporal 中打开',
  overdue: '已超时',
  noneAtRisk: '没有有风险的未结请求。🎉',
  p50: '中位数',
  p90: 'p90',
  wallClock: '自然时间',
  businessHours: '工作时间',
  language: 'English',
};

const dictionaries: Record<Language, Record<TextKey, string>> = { en, zh };
let current: Language = 'en';

export function setLanguage(language: Language): void {
  current = language;
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) element.textContent = t(element.dataset['i18n'] as TextKey);
  for (const element of document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]')) element.placeholder = t(element.dataset['i18nPlaceholder'] as TextKey);
}

export function language(): Language {
  return current;
}

export function t(key: TextKey): string {
  return dictionaries[current][key];
}

/** Status and priority names as the API spells them, shown in the page's language. */
const valueNames: Record<string, string> = {
  classified: '已分类', assigned: '已分配', in_progress: '处理中', waiting_on_customer: '等待客户', reopened: '已重新打开',
  resolved: '已解决', closed: '已关闭', urgent: '紧急', high: '高', normal: '普通', low: '低',
};

export function valueName(value: string): string {
  return current === 'zh' ? (valueNames[value] ?? value) : value.replaceAll('_', ' ');
}

export function locale(): string {
  return current === 'zh' ? 'zh-CN' : 'en-GB';
}
