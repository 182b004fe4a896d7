// The messages of the proposals module (说事议事室: the list, the 议事 list, one proposal), merged
// into zh-CN.pages.ts. `proposals.en.ts` has exactly these keys.
// vue-i18n message syntax: {name} interpolates; avoid the special characters @ | $ in plain text.
const proposalsZhCN = {
  nav: {
    proposals: '说事议事室',
  },
  enums: {
    ProposalStatus: {
      OPEN: '征集联名',
      SUBMITTED: '待议事',
      ACCEPTED: '已立项',
      DECLINED: '不予立项',
      WITHDRAWN: '已撤回',
    },
  },
  events: {
    proposal: {
      created: '{actor}提出了居民提议{title}',
      supported: '{actor}联名支持了提议{title}',
      submitted: '提议{title}联名已满，提交党组织议事',
      accepted: '{actor}将提议{title}立项为事项',
      declined: '{actor}对提议{title}不予立项',
      withdrawn: '{actor}撤回了提议{title}',
      commented: '{actor}回复了提议{title}',
      thresholdChanged: '{actor}修改了提议的联名门槛',
    },
  },
  proposals: {
    live: '实时',
    offline: '离线',
    total: '共 {n} 条',
    noCommunity: '请先选择社区',
    notFound: '提议不存在，或您无权查看',
    list: {
      title: '说事议事室',
      intro: '居民提议，邻里联名；联名满 {n} 人即提交社区党组织议事，立项后按议事、定事、理事、监事推进。',
      introDefault: '居民提议，邻里联名；联名达到门槛即提交社区党组织议事，立项后按议事、定事、理事、监事推进。',
      empty: '暂无提议',
      propose: '我要提议',
      tabs: {
        all: '全部提议',
        agenda: '待议事',
        mine: '我的提议',
      },
      supporters: '联名 {count}/{needed}',
    },
    form: {
      newTitle: '我要提议',
      title: '标题',
      titleRequired: '请填写标题',
      body: '提议内容',
      bodyRequired: '请写明提议的事项和理由',
      submit: '提交提议',
      reason: '不予立项的理由（公开）',
      reasonRequired: '请填写理由，居民都能看到',
      comment: '回复',
      commentRequired: '请填写回复内容',
      send: '发表回复',
    },
    page: {
      proposer: '提议人',
      createdAt: '提出时间',
      supporters: '联名',
      supportersOf: '{count} / {needed} 人',
      submittedAt: '提交议事',
      decidedBy: '议定人',
      matter: '已立项为事项',
      declineReason: '不予立项理由',
      thread: '讨论',
      noComments: '还没有回复',
      mine: '（我的提议）',
      supported: '您已联名',
    },
    actions: {
      SUPPORT: '联名支持',
      WITHDRAW: '撤回提议',
      ACCEPT: '立项',
      DECLINE: '不予立项',
      FOLLOW: '关注',
      UNFOLLOW: '取消关注',
    },
    toast: {
      created: '提议已提交，邀请邻居联名吧',
      done: '已完成',
      commented: '已回复',
    },
  },
};

export default proposalsZhCN;
