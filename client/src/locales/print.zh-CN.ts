// The messages of the printouts (pages/print/, components/print/PrintSheet.vue) and of the Excel
// export buttons (components/print/ExportButton.vue), merged into zh-CN.pages.ts. `print.en.ts`
// has exactly these keys.
const printZhCN = {
  print: {
    button: '打印 / 导出 PDF',
    back: '返回',
    open: '打印',
    printedAt: '打印于 {at}',
    notFound: '没有找到，或您无权查看',
    minutes: {
      title: '{title} 会议纪要',
      convener: '召集单位',
      location: '地点',
      status: '状态',
      approvals: '纪要确认',
      approvedAt: '确认于 {at}',
      publishedAt: '公示于 {at}',
      notApproved: '纪要尚未全部确认',
      approved: '已确认',
      pending: '待确认',
    },
    vote: {
      title: '{title} 表决结果',
      rule: '表决规则',
      scope: '表决范围',
      outcome: '表决结果',
      notClosed: '表决尚未结束',
      text: '表决事项',
      choice: '意见',
      heads: '票数(人数)',
      area: '专有面积(㎡)',
      voted: '实际参与',
      eligible: '应参与',
      secret: '本次表决为无记名表决，只公布总数。',
      hash: '表决文本校验码',
    },
    covenant: {
      version: '第 {n} 版 · {status}',
      filing: '备案号',
      notFiled: '尚未备案',
      filedAt: '备案日期',
      adoptedAt: '通过日期',
      article: '第{n}条',
      hash: '文本校验码',
    },
    certificate: {
      title: '志愿服务时长证明',
      text: '兹证明 {name} 同志在 {station} 参加志愿服务，经组织方核实，累计志愿服务时长 {hours} 小时，获得积分 {points} 分。',
      skills: '服务专长：{skills}',
      basis: '以上时长由组织活动的红色驿站记录并核实（谁组织谁记录、谁记录谁证明）。',
    },
  },
  exports: {
    excel: '导出 Excel',
    roll: '导出表决名册',
    saved: '已导出 {name}',
    failed: {
      FORBIDDEN: '您无权导出这些内容',
      NOT_FOUND: '没有找到要导出的内容',
      BAD_USER_INPUT: '筛选条件有误，请调整后再导出',
      LIMIT_EXCEEDED: '内容太多，请缩小筛选范围后再导出',
      NETWORK: '网络不通，导出失败，请稍后再试',
      UNKNOWN: '导出失败，请稍后再试',
    },
  },
};

export default printZhCN;
export type PrintMessageSchema = typeof printZhCN;
