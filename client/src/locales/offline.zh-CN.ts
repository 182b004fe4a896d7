// The messages of the outbox (待发送: components/layout/OutboxBar.vue, graphql/outbox.ts), merged
// into zh-CN.pages.ts. `offline.en.ts` has exactly these keys.
const offlineZhCN = {
  outbox: {
    queued: '当前无网络，已保存到待发送，联网后自动发送',
    waiting: '待发送 {n}',
    waitingOffline: '待发送 {n} · 联网后自动发送',
    settled: '已发送 {done} · 未成功 {failed}',
    open: '查看',
    title: '待发送',
    empty: '没有待发送的操作',
    clear: '清除已完成',
    retry: '立即发送',
    close: '关闭',
    states: {
      waiting: '等待发送',
      sending: '发送中',
      done: '已完成',
      failed: '未成功',
    },
    operations: {
      SubmitIssue: '提交诉求',
      CommentOnIssue: '回复诉求',
      SupportIssue: '附议',
      ClaimTask: '认领任务',
      CheckIn: '签到',
    },
    outcomes: {
      submitted: '已提交，编号 #{number}',
      commented: '回复已发送',
      supported: '已附议（{count} 人附议）',
      claimed: '已认领',
      waitlisted: '名额已满，已排入候补第 {position} 位',
      checkedIn: '已签到',
      failed: '未成功：{reason}',
    },
    view: '查看',
    queuedAt: '{time} 操作',
  },
};

export default offlineZhCN;
export type OfflineMessageSchema = typeof offlineZhCN;
