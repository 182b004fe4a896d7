/**
 * The words of the exported workbooks, in the viewer's language (zh-CN first, English second).
 * The enum labels are the client's own (client/src/locales: issues, meetings); the server may not
 * import the client, so tests/integration/export-labels.test.ts holds these to them word for word.
 */
export type ExportLang = 'zh-CN' | 'en';
export const EXPORT_LANGS: readonly ExportLang[] = ['zh-CN', 'en'];

const zh = {
  enums: {
    IssueStatus: {
      SUBMITTED: '待派单',
      DISPATCHED: '已派单',
      ACCEPTED: '办理中',
      RETURNED: '已退单',
      RESOLVED: '已办结',
      CLOSED: '已评价',
      REOPENED: '重新打开',
      WITHDRAWN: '已撤回',
      DUPLICATE: '重复',
    },
    IssueCategory: {
      FACILITY: '设施设备',
      ENVIRONMENT: '环境卫生',
      PARKING: '停车',
      PROPERTY_SERVICE: '物业服务',
      SAFETY: '安全隐患',
      NEIGHBOR_DISPUTE: '邻里纠纷',
      ELDERLY_CARE: '养老服务',
      OTHER: '其他',
    },
    IssuePriority: { URGENT: '紧急', HIGH: '较急', NORMAL: '一般', LOW: '不急' },
    Visibility: { PUBLIC: '社区公开', PARTIES: '仅相关方' },
  } as Record<string, Record<string, string>>,
  yes: '是',
  no: '否',
  total: '合计',
  issues: {
    file: '{community}诉求清单',
    sheet: '诉求清单',
    columns: {
      number: '编号',
      title: '标题',
      category: '分类',
      priority: '紧急程度',
      status: '状态',
      visibility: '公开范围',
      submittedAt: '提交时间',
      assignee: '承办单位',
      reporter: '反映人',
      acceptBy: '接单时限',
      resolveBy: '办结时限',
      overdue: '超时',
      rating: '评价',
      supportCount: '附议',
    },
    filters: '筛选条件',
    exportedAt: '导出时间',
    count: '共 {n} 条',
  },
  dashboard: {
    file: '{community}治理数据 {from}至{to}',
    byMonth: '按月',
    byOrganization: '按单位和月份',
    columns: {
      month: '月份',
      organization: '单位',
      issuesSubmitted: '提交诉求',
      issuesOpen: '未办结',
      overdueOpen: '超时未办结',
      dispatched: '派单数',
      responseRate: '响应率',
      resolutionRate: '解决率',
      satisfactionRate: '满意率',
      medianHoursToAccept: '接单用时中位数(小时)',
      medianHoursToResolve: '办结用时中位数(小时)',
    },
  },
  volunteers: {
    file: '{community}志愿服务时长 {from}至{to}',
    sheet: '志愿服务时长',
    columns: { rank: '名次', name: '姓名', hours: '时长(小时)', tasksCompleted: '完成任务', points: '累计积分' },
  },
  vote: {
    file: '{title} 表决名册',
    roll: '表决名册',
    ballots: '计票',
    columns: {
      head: '序号',
      units: '房屋',
      electors: '表决人',
      area: '专有面积(㎡)',
      voted: '已投票',
      channel: '方式',
      choice: '意见',
      count: '票数',
      share: '面积(㎡)',
    },
    secret: '无记名表决:各人意见不公开,只计总数',
    eligible: '应到',
    voted: '实到',
    enums: {
      BallotChannel: { ONLINE: '线上', PAPER: '纸质票', PROXY: '委托投票' },
      BallotChoice: { FOR: '赞成', AGAINST: '反对', ABSTAIN: '弃权' },
    },
  },
};

export type ExportWords = typeof zh;

const en: ExportWords = {
  enums: {
    IssueStatus: {
      SUBMITTED: 'Submitted',
      DISPATCHED: 'Dispatched',
      ACCEPTED: 'In hand',
      RETURNED: 'Returned',
      RESOLVED: 'Resolved',
      CLOSED: 'Closed',
      REOPENED: 'Reopened',
      WITHDRAWN: 'Withdrawn',
      DUPLICATE: 'Duplicate',
    },
    IssueCategory: {
      FACILITY: 'Facilities',
      ENVIRONMENT: 'Environment',
      PARKING: 'Parking',
      PROPERTY_SERVICE: 'Property service',
      SAFETY: 'Safety',
      NEIGHBOR_DISPUTE: 'Neighbour dispute',
      ELDERLY_CARE: 'Elderly care',
      OTHER: 'Other',
    },
    IssuePriority: { URGENT: 'Urgent', HIGH: 'High', NORMAL: 'Normal', LOW: 'Low' },
    Visibility: { PUBLIC: 'The community', PARTIES: 'Parties only' },
  },
  yes: 'yes',
  no: 'no',
  total: 'Total',
  issues: {
    file: '{community} issues',
    sheet: 'Issues',
    columns: {
      number: 'Number',
      title: 'Title',
      category: 'Category',
      priority: 'Priority',
      status: 'Status',
      visibility: 'Visible to',
      submittedAt: 'Submitted',
      assignee: 'Assignee',
      reporter: 'Reporter',
      acceptBy: 'Accept by',
      resolveBy: 'Resolve by',
      overdue: 'Overdue',
      rating: 'Rating',
      supportCount: 'Supporters',
    },
    filters: 'Filters',
    exportedAt: 'Exported',
    count: '{n} issues',
  },
  dashboard: {
    file: '{community} figures {from} to {to}',
    byMonth: 'By month',
    byOrganization: 'By organization and month',
    columns: {
      month: 'Month',
      organization: 'Organization',
      issuesSubmitted: 'Submitted',
      issuesOpen: 'Open',
      overdueOpen: 'Open and overdue',
      dispatched: 'Dispatched',
      responseRate: 'Response rate',
      resolutionRate: 'Resolution rate',
      satisfactionRate: 'Satisfaction rate',
      medianHoursToAccept: 'Median hours to accept',
      medianHoursToResolve: 'Median hours to resolve',
    },
  },
  volunteers: {
    file: '{community} volunteer hours {from} to {to}',
    sheet: 'Volunteer hours',
    columns: { rank: 'Rank', name: 'Name', hours: 'Hours', tasksCompleted: 'Tasks completed', points: 'Points (all time)' },
  },
  vote: {
    file: '{title} roll',
    roll: 'Roll',
    ballots: 'Count',
    columns: {
      head: 'No.',
      units: 'Flats',
      electors: 'Electors',
      area: 'Floor area (㎡)',
      voted: 'Voted',
      channel: 'Channel',
      choice: 'Choice',
      count: 'Ballots',
      share: 'Floor area (㎡)',
    },
    secret: 'Secret ballot: no one’s choice is shown, only the totals',
    eligible: 'On the roll',
    voted: 'Voted',
    enums: {
      BallotChannel: { ONLINE: 'Online', PAPER: 'Paper', PROXY: 'Proxy' },
      BallotChoice: { FOR: 'For', AGAINST: 'Against', ABSTAIN: 'Abstain' },
    },
  },
};

export const EXPORT_WORDS: Record<ExportLang, ExportWords> = { 'zh-CN': zh, en };

/** `{name}` placeholders filled from `values`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
