// Simplified Chinese, the default locale. `en.ts` must have exactly the same keys (typed by this file).
// vue-i18n message syntax: {name} interpolates; avoid the special characters @ | $ in plain text.
// Here: the app's shell and the pages without a session (sign-in, sign-up, password reset), in the
// sign-in page's first load. The signed-in pages' messages are in zh-CN.pages.ts, merged in later.
import account from './account.zh-CN';

const zhCN = {
  app: {
    name: '共治',
    tagline: '社区共建共治共享协作平台',
  },
  nav: {
    ...account.nav,
    board: '社区动态',
    communities: '社区与入住',
    organizations: '组织架构',
    menu: '菜单',
  },
  common: {
    cancel: '取消',
    loadMore: '加载更多',
    system: '系统',
    listSeparator: '、',
    justNow: '刚刚',
    retry: '重试',
    /** The messages of the forms' rules (composables/useFormRules.ts). */
    form: {
      tooLong: '最多 {max} 个字',
      phone: '请填写 11 位手机号',
      range: '请填写 {min} 到 {max} 之间的数',
    },
  },
  language: {
    label: '语言',
    zhCN: '简体中文',
    en: 'English',
  },
  auth: {
    signIn: '登录',
    signUp: '注册',
    signOut: '退出登录',
    phone: '手机号',
    password: '密码',
    name: '姓名',
    phonePlaceholder: '请输入手机号',
    passwordPlaceholder: '请输入密码',
    namePlaceholder: '请输入真实姓名',
    phoneRequired: '请输入手机号',
    passwordRequired: '请输入密码',
    nameRequired: '请输入姓名',
    noAccount: '还没有账号？',
    haveAccount: '已有账号？',
    signUpNow: '立即注册',
    signInNow: '去登录',
    badCredentials: '手机号或密码不正确',
    sessionEnded: '登录已失效，请重新登录',
  },
  switcher: {
    label: '当前社区',
    placeholder: '选择社区',
    none: '尚未加入社区',
  },
  communities: {
    title: '社区与入住',
    all: '全部社区',
    mine: '我的入住',
    memberships: '我的组织',
    empty: '还没有社区',
    noResidency: '你还没有加入任何社区，请在下方选择一个社区申请入住。',
    join: '申请入住',
    joined: '已入住',
    joinTitle: '加入{community}',
    kind: '身份',
    building: '楼栋',
    unit: '房屋（可选）',
    buildingPlaceholder: '选择楼栋',
    unitPlaceholder: '选择房屋',
    unitOption: '{number}（{area} ㎡）',
    submit: '提交',
    joinedMessage: '已加入{community}，等待居委会核验',
    verified: '已核验',
    pending: '待核验',
    unitNumber: '房号 {number}',
    region: '{city} · {county} · {township}',
    setCurrent: '设为当前社区',
    current: '当前社区',
  },
  board: {
    live: '实时',
    offline: '未连接',
    empty: '还没有动态',
    noCommunity: '请先加入或选择一个社区',
    goJoin: '去加入社区',
    ballots: '共 {count} 张选票',
  },
  connection: {
    reconnecting: '重连中',
    offline: '离线',
    bannerReconnecting: '与服务器的连接已断开，正在重新连接…连接恢复后会自动补上错过的动态。',
    bannerOffline: '网络或服务器暂时无法连接，页面上的内容可能不是最新的。连接恢复后会自动补上错过的动态。',
  },
  organizations: {
    title: '组织架构',
    members: '成员 {count} 人',
    noMembers: '暂无成员',
    empty: '暂无组织',
    notFound: '没有找到这个社区',
  },
  notifications: {
    title: '通知',
    markAllRead: '全部标为已读',
    empty: '暂无通知',
    unread: '未读',
  },
  enums: {
    OrganizationKind: {
      PARTY_COMMITTEE: '社区党组织',
      RESIDENTS_COMMITTEE: '居委会',
      OWNERS_COMMITTEE: '业委会',
      PROPERTY_MANAGER: '物业',
      SUPERVISORY_COMMITTEE: '监委会',
      PARTY_STATION: '红色驿站',
      GOVERNANCE_CENTER: '综治中心',
      DEPARTMENT: '职能部门',
      MEDIATION_COMMITTEE: '人民调解委员会',
      GRID_PARTY_BRANCH: '网格党支部',
      BUILDING_PARTY_GROUP: '楼栋党小组',
    },
    MemberRole: {
      CHAIR: '主任',
      MEMBER: '成员',
      STAFF: '工作人员',
      GRID_WORKER: '网格员',
      COORDINATOR: '协调员',
    },
    ResidencyKind: {
      OWNER: '业主',
      TENANT: '租户',
    },
    RegionLevel: {
      COMMUNITY: '社区',
      TOWNSHIP: '街道/乡镇',
      COUNTY: '县(区)',
      CITY: '市',
    },
  },
  // One sentence per event type, keyed by the type itself (`member.added` → events.member.added).
  // Parameters (see composables/useEventSentence.ts): actor, community, organization, member,
  // kind, role, unit. Optional parts (role, unit) arrive already formatted or empty.
  events: {
    ...account.events,
    community: {
      created: '{actor}创建了社区{community}',
    },
    organization: {
      created: '{actor}设立了{kind}{organization}',
    },
    member: {
      added: '{actor}将{member}加入{organization}{role}',
      removed: '{actor}将{member}移出{organization}',
      roleChanged: '{actor}调整了{member}在{organization}的职务{role}',
    },
    residency: {
      requested: '{actor}以{kind}身份加入了{community}{unit}',
      verified: '{actor}核验了{member}的{kind}身份',
    },
  },
  // Types without a sentence of their own: by the part before the first dot, then `other`.
  eventFallback: {
    issue: '{actor}更新了一条议题',
    meeting: '{actor}更新了一场会议',
    task: '{actor}更新了一项志愿服务任务',
    covenant: '{actor}更新了一份公约',
    other: '{actor}有一条新动态',
  },
  eventParams: {
    quoted: '「{name}」',
    anOrganization: '一个组织',
    aResident: '一位居民',
    role: '，担任{role}',
    unit: '（{number}）',
  },
  account: account.account,
  errors: {
    UNAUTHENTICATED: '请先登录',
    FORBIDDEN: '你没有权限进行此操作',
    NOT_FOUND: '内容不存在或已被删除',
    BAD_USER_INPUT: '输入有误，请检查后重试',
    BAD_USER_INPUT_FIELDS: '以下内容有误：{fields}',
    CONFLICT: '内容已被他人修改，请刷新后重试',
    INVALID_TRANSITION: '当前状态下不能进行此操作',
    RATE_LIMITED: '操作太频繁，请稍后再试',
    NETWORK: '网络连接失败，请检查网络后重试',
    UNKNOWN: '出错了，请稍后再试',
  },
  // Names of input fields, for BAD_USER_INPUT's extensions.fields.
  fields: {
    ...account.fields,
    phone: '手机号',
    password: '密码',
    name: '姓名',
    communityId: '社区',
    unitId: '房屋',
    kind: '身份',
    ids: '通知',
  },
};

export default zhCN;
export type MessageSchema = typeof zhCN;
