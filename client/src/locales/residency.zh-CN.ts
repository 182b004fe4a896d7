// The messages of residency verification (住户核验: the residents' committee's queue, what an
// unverified person may do meanwhile) and of the issue form's privacy and 网格员代登记 parts, merged
// into zh-CN.ts. `residency.en.ts` has exactly these keys.
// vue-i18n message syntax: {name} interpolates; avoid the special characters @ | $ in plain text.
const residencyZhCN = {
  nav: {
    residencyRequests: '住户核验',
  },
  residency: {
    requests: {
      title: '住户核验',
      intro: '新住户申请加入本社区，请核对房屋和身份后通过，或说明原因不予通过。',
      empty: '没有待核验的申请',
      total: '{count} 条待核验',
      requestedAt: '{time}申请',
      noUnit: '未填写房屋',
      verify: '通过',
      decline: '不通过',
      verified: '已通过{name}的申请',
      declined: '已告知{name}申请未通过',
      declineTitle: '不通过{name}的申请',
      reasonLabel: '原因（会告知申请人）',
      reasonPlaceholder: '例如：房屋登记的业主不是此人，请携带房产证到居委会办理',
      reasonRequired: '请填写原因',
      confirmDecline: '确认不通过',
      forbidden: '只有居委会成员（含网格员）可以核验住户。',
    },
    status: {
      PENDING: '待核验',
      VERIFIED: '已核验',
      DECLINED: '未通过',
    },
    declinedReason: '未通过：{reason}',
    standing: {
      pendingTitle: '等待居委会核验',
      pending: '你加入{community}的申请正在等待居委会核验。核验通过前，你可以浏览社区动态、公开的会议与公约，关注自己的申请；核验通过后才能反映诉求、查看社区议题和附议。',
      declinedTitle: '入住申请未通过',
      declined: '你加入{community}的申请未通过（{reason}）。请到“社区与入住”重新申请，或到居委会办理。',
      refresh: '我已核验，刷新',
      goCommunities: '去“社区与入住”',
      listHidden: '社区议题只有核验通过的住户才能查看，所以这里暂时看不到；你反映过或关注的议题仍会显示。',
    },
    claim: {
      title: '网格员为你登记的诉求',
      intro: '网格员曾用你的手机号为你登记了以下诉求。认领后由你跟进和评价。',
      claim: '认领',
      claimed: '已认领诉求{number}',
    },
    form: {
      showName: '公开我的姓名',
      showNameHint: '默认只有处理诉求的单位和你本人能看到是谁反映的；打开后所有能看到此诉求的人都能看到你的姓名。',
      recordedFor: '为没有账号的居民登记',
      recordedForHint: '老人等没有手机账号的居民：记下姓名、房屋和联系电话。电话只有处理单位能看到；居民日后用这个手机号注册并核验后可以认领。',
      recordedName: '居民姓名',
      recordedNameRequired: '请填写居民姓名',
      recordedUnit: '居民房屋',
      recordedUnitRequired: '请选择房屋',
      recordedPhone: '联系电话',
      recordedPhoneInvalid: '请填写 11 位手机号',
      recordedPhonePlaceholder: '本人或家属的手机号',
    },
    issue: {
      reporter: '反映人',
      recordedFor: '网格员代{name}（{unit}）登记',
      recordedForNoUnit: '网格员代{name}登记',
      contact: '联系电话 {phone}',
      claimed: '居民已认领',
      anonymous: '反映人未公开姓名',
    },
  },
  events: {
    residencyDeclined: '{actor}未通过{member}的入住申请',
    issueClaimed: '{actor}认领了网格员代登记的诉求{number}',
  },
  fields: {
    reason: '原因',
    'recordedFor.name': '居民姓名',
    'recordedFor.unitId': '居民房屋',
    'recordedFor.contactPhone': '联系电话',
  },
  actionItems: {
    title: '会议交办事项',
    intro: '会议交给你所在单位办理的待办事项，办完后点“完成”。',
    empty: '没有待办的会议交办事项',
    from: '来自会议：{title}',
  },
};

export default residencyZhCN;
