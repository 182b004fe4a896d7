// 应急管理: the limits of the emergencies module's inputs, read by the server's inputs and the
// client's forms alike (a file of its own beside common/limits.ts, which it follows).

/** Longest text of each field, in characters. */
export const EMERGENCY_LENGTH = {
  title: 100,
  instructions: 2000,
  /** An update's note, a closing reason. */
  note: 1000,
  /** 需要帮助: what the resident says they need. */
  answerNote: 500,
  vulnerableName: 50,
  vulnerableNote: 200,
  reachNote: 200,
  /** 总结: the after-action summary. */
  summary: 5000,
} as const;

/** Most items of an incident's area: communities, or buildings of one community. */
export const EMERGENCY_ITEMS = { communities: 200, buildings: 200 } as const;

/** Incidents in one list. */
export const EMERGENCY_LIST = 50;
