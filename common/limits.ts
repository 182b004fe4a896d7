/**
 * The limits of every field a person types: the one table the server's inputs validate with
 * (class-validator's @Length, @ArrayMaxSize …) and the client's forms show (`maxlength`, naive-ui
 * rules). A limit changed here changes both sides; the contract's descriptions quote the same
 * numbers.
 *
 * Plain TypeScript for server and client alike: no imports (common/README.md).
 */

/** Most characters of a text field, by module and field. Every one of these also has at least 1. */
export const MAX_LENGTH = {
  /** An idempotency key, on every mutation that takes one. */
  idempotencyKey: 100,
  account: {
    /** A display name (sign-up, a resident recorded by a grid worker). */
    name: 50,
    /** The phone as typed at sign-in (checked as a number at sign-up). */
    signInPhone: 20,
    /** The 11 digits of a mainland mobile number. */
    phone: 11,
    privacyNoticeVersion: 20,
    /** A search of the accounts directory. */
    search: 50,
    /** A password reset code: 8 digits. */
    resetCode: 8,
  },
  issue: {
    title: 100,
    body: 5000,
    location: 200,
    /** A search of the board. */
    search: 50,
    /** 派单: a note to the assignee. */
    dispatchNote: 1000,
    /** 退单, 上报, 撤回: why. */
    reason: 1000,
    /** 办结: how it was handled. */
    resolution: 2000,
    /** 评单: why this score. */
    rateComment: 1000,
    /** 督办: the notice. */
    urgeNote: 1000,
    comment: 2000,
  },
  community: {
    /** A community's name and its township, county, city; an organization's too. */
    name: 100,
    /** Why a residency request is declined. */
    declineReason: 500,
    /** A building's name in a flat import. */
    building: 50,
    /** A flat's number in a flat import. */
    unitNumber: 20,
  },
  meeting: {
    title: 100,
    location: 200,
    agendaTitle: 200,
    cancelReason: 500,
    /** An agenda item's live notes. */
    notes: 20_000,
    /** Why notes are amended after the minutes were confirmed. */
    amendmentReason: 300,
    resolutionTitle: 200,
    resolutionText: 20_000,
    actionItemTitle: 200,
  },
  matter: {
    title: 100,
    description: 5000,
    /** A note on a step of the matter. */
    advanceNote: 500,
    /** A supervision finding. */
    finding: 2000,
  },
  covenant: {
    title: 100,
    articleTitle: 100,
    articleText: 5000,
    changeSummary: 500,
    comment: 2000,
    legalReviewNote: 2000,
    filingReference: 100,
  },
  volunteer: {
    skill: 20,
    taskTitle: 100,
    taskDescription: 2000,
    location: 200,
    cancelReason: 500,
    /** A note on verified (or refused) hours. */
    hoursNote: 500,
  },
  dispute: {
    title: 100,
    description: 5000,
    /** An outsider party's name (an account's name is its own). */
    partyName: 50,
    /** 不予受理, 引导, 上报: why. */
    reason: 1000,
    /** 调解结果 and 回访: what it came to. */
    note: 2000,
    /** Where a mediation session was held. */
    place: 200,
    /** 调解笔录: the record of a session. */
    record: 20000,
    /** An invited participant's organization (律师事务所, 心理咨询机构), as written. */
    affiliation: 100,
    /** 人民调解协议书: the agreement's terms. */
    terms: 20000,
    /** 排查: what a screening round noted. */
    screeningNote: 2000,
  },
  /** 公共法律服务 (server/legal): the directory, 周四有约, 法律超市, 法治大讲堂. */
  legal: {
    /** A seat's office hours as the directory shows them (每周四 14:00–17:00, 社区警务室). */
    officeHours: 200,
    /** A seat's introduction in the directory. */
    intro: 500,
    /** Where office hours are held (社区公共法律服务室). */
    place: 200,
    /** What a resident says they want to consult about when booking. */
    topic: 500,
    /** The lawyer's consultation note (咨询记录). */
    note: 5000,
    /** Why a booking is cancelled. */
    reason: 500,
    /** 法律超市: a question's title, its body, the answer; a search of the knowledge base. */
    questionTitle: 100,
    questionBody: 5000,
    answer: 10000,
    search: 50,
    /** 法治大讲堂 */
    lectureTitle: 100,
    lectureDescription: 5000,
    speaker: 100,
    location: 200,
    /** A local time of day, `HH:MM`. */
    timeOfDay: 5,
  },
  /** 说事议事室: a resident's proposal, its thread, and why the party organization declined it. */
  proposal: {
    title: 100,
    body: 5000,
    comment: 2000,
    declineReason: 1000,
  },
  /** 网格: a grid's name (as a building's); 党员下沉报到: the member's own party branch, why declined. */
  grid: {
    name: 50,
    partyOrganization: 100,
    declineReason: 500,
  },
} as const;

/** Most items of a list field, by module and field. */
export const MAX_ITEMS = {
  /** Notifications marked read at once. */
  notificationsMarked: 500,
  issue: { statusFilter: 9, categoryFilter: 8 },
  meeting: { participants: 10, invitees: 200, agenda: 30 },
  matter: { sourceIssues: 20, stageFilter: 6 },
  covenant: { articles: 200 },
  volunteer: { skills: 10, statusFilter: 6 },
  /** Parties on each side of a dispute; statuses in its list's filter. */
  dispute: { parties: 10, statusFilter: 9, sessionMediators: 10, sessionInvitees: 10, screeningBuildings: 200 },
  community: { importRows: 1000 },
  /** The buildings one grid takes. */
  grid: { buildings: 200 },
  /** Files on one item (an issue, a comment, …): 9 images as WeChat takes, and 9 documents (PDF). */
  attachment: { images: 9, documents: 9 },
} as const;

/** Largest value of a number field, by module and field (the least is in the input). */
export const MAX_VALUE = {
  /** 评单: a score of 1 to 5. */
  issue: { score: 5 },
  volunteer: { slots: 500 },
  /** A flat's floor area in square metres. */
  community: { floorArea: 10_000 },
  /** Days a community gives mediation after acceptance (1 to 90; 30 unless set). */
  dispute: { mediationDays: 90 },
  /** 周四有约: weeks ahead one `publishOfficeHours` covers, minutes of one slot (the least is 10); seats of a lecture. */
  legal: { weeks: 12, slotMinutes: 240, lectureCapacity: 2000 },
  /** A proposal's threshold: a number of supporters (1 to 1,000; 10 unless set) or a percentage of the community's households (1 to 100). */
  proposal: { thresholdCount: 1000, thresholdPercent: 100 },
} as const;

/** A new password: 8 to 128 characters (plus the strength rule, which stays on the server). */
export const PASSWORD_LENGTH = { min: 8, max: 128 } as const;

/** A mainland mobile number: 11 digits from 13… to 19…. */
export const MOBILE_PHONE = /^1[3-9]\d{9}$/;

/**
 * A text that is not only spaces: `pattern` for the client's rules, the whole object as the
 * options of the server's `@Matches(NOT_BLANK.pattern, NOT_BLANK)`.
 */
export const NOT_BLANK = { pattern: /\S/, message: 'must not be blank' } as const;
