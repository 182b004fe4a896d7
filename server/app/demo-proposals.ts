import type { Services } from '../core/context.js';
import { Context } from '../core/context.js';
import { ManualClock } from '../core/clock.js';
import { toGlobalId } from '../core/ids.js';
import { proposals } from '../proposals/index.js';

/**
 * 说事议事室 in 檀溪社区 (the default threshold, 10 supporters besides the proposer), played
 * through the module's steps with a manual clock: one accepted as a matter (now in 议事, linked
 * both ways), one declined with its public reason, one on the party committee's 议事 list waiting,
 * and one still collecting supporters.
 */
export async function loadDemoProposals(services: Services, userId: (phone: string) => string, communityId: string): Promise<void> {
  const start = Date.now();
  const clock = new ManualClock();
  const timed: Services = { ...services, clock };
  const as = (phone: string) => new Context(timed, { sessionId: 'demo', userId: userId(phone) }, { ip: 'demo' });
  const at = (daysAgo: number) => clock.set(new Date(Math.min(start - daysAgo * 86_400_000, start - 60_000)));
  const cid = toGlobalId('Community', communityId);
  const phone = (n: number) => `139000000${String(n).padStart(2, '0')}`;
  /** The verified residents of the demo: the owners' committee chair, the volunteers and the owners. */
  const residents = [4, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19].map(phone);

  async function propose(daysAgo: number, by: string, title: string, body: string, supporters: number): Promise<string> {
    at(daysAgo);
    const p = await proposals.createProposal(as(by), { communityId: cid, title, body });
    const id = toGlobalId('Proposal', p.id);
    const others = residents.filter((r) => r !== by).slice(0, supporters);
    for (const [i, r] of others.entries()) {
      clock.set(new Date(clock.now().getTime() + (i + 1) * 3_600_000));
      await proposals.supportProposal(as(r), id);
    }
    return id;
  }

  const charging = await propose(
    20,
    phone(10),
    '在3栋旁增设电动自行车集中充电棚',
    '楼道里电动车飞线充电的情况越来越多，存在火灾隐患。建议在3栋东侧空地建一个集中充电棚，装上智能充电桩，按次扫码付费。',
    10,
  );
  at(15);
  await proposals.acceptProposal(as(phone(1)), charging);

  const parking = await propose(14, phone(13), '把中心花园改建成停车场', '晚上停车难，建议把中心花园改成停车位，缓解停车压力。', 10);
  at(10);
  await proposals.declineProposal(as(phone(1)), {
    proposalId: parking,
    reason: '中心花园属于小区绿地，依照《城市绿化条例》不得擅自改变用途。党委将另行研究错时共享停车方案，请继续关注。',
  });

  await propose(6, phone(19), '楼道加装扶手方便老人上下楼', '2栋、3栋住着不少老人，楼梯没有扶手，上下楼很吃力。建议每个单元楼道加装扶手。', 10);

  const reading = await propose(2, phone(18), '开设社区四点半课堂', '双职工家庭孩子放学后无人照看，建议利用党群服务中心开设四点半课堂，请志愿者辅导作业。', 4);
  at(1);
  await proposals.commentOnProposal(as(phone(7)), { proposalId: reading, body: '我可以每周二、四来辅导数学。' });
}
