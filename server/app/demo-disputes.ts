import type { Services } from '../core/context.js';
import { Context } from '../core/context.js';
import { ManualClock } from '../core/clock.js';
import { toGlobalId } from '../core/ids.js';
import { communityService as communities, MemberRole, OrganizationKind, RegionLevel } from '../communities/index.js';
import {
  AgreementForm,
  ConfirmationMethod,
  Dispute,
  DisputeCategory,
  DisputeParty,
  DisputePartyRole,
  DisputeReferral,
  DisputeRiskLevel,
  DisputeStatus,
  MediationAgreement,
  PartyConsent,
  SessionInviteeRole,
  consentService as consent,
  disputeService as disputes,
  mediationService as mediation,
} from '../disputes/index.js';

/** The people's mediator (人民调解员) of 檀溪社区, a demo account of its own. */
export const DEMO_MEDIATOR = { phone: '13900000021', name: '黄德明', role: "people's mediator (人民调解委员会调解员)" };

type Step = 'accept' | 'decline' | 'start' | 'session' | 'draft' | 'confirm' | 'agreed' | 'failed' | 'refer' | 'fulfilled' | 'escalate';

/**
 * 檀溪社区人民调解委员会 (the mediator 黄德明, the residents' committee chair as a member) and
 * disputes in every state, each walked through the services with a manual clock so its history
 * and the dashboard's figures are real: agreed and fulfilled, agreed and breached, one converted
 * from an issue and in mediation, one found in screening and waiting, one escalated to 檀溪街道,
 * one overdue, one failed and referred to litigation, one declined.
 */
export async function loadDemoDisputes(
  services: Services,
  userId: (phone: string) => string,
  communityId: string,
  issueIds: Map<string, string>,
): Promise<void> {
  const start = Date.now();
  const clock = new ManualClock();
  const timed: Services = { ...services, clock };
  const as = (phone: string) => new Context(timed, { sessionId: 'demo', userId: userId(phone) }, { ip: 'demo' });
  const uid = (phone: string) => toGlobalId('User', userId(phone));
  const cid = toGlobalId('Community', communityId);
  const admin = as('13900000000');
  const mediator = as(DEMO_MEDIATOR.phone);
  const at = (daysAgo: number) => clock.set(new Date(Math.min(start - daysAgo * 86_400_000, start - 60_000)));

  at(60);
  const committee = await communities.createOrganization(admin, { communityId: cid, kind: OrganizationKind.MEDIATION_COMMITTEE, name: '檀溪社区人民调解委员会', level: RegionLevel.COMMUNITY });
  const committeeId = toGlobalId('Organization', committee.id);
  await communities.addMember(admin, { organizationId: committeeId, userId: uid(DEMO_MEDIATOR.phone), role: MemberRole.CHAIR });
  await communities.addMember(admin, { organizationId: committeeId, userId: uid('13900000001'), role: MemberRole.MEMBER });

  const em = services.orm.em.fork();
  async function walk(d: Dispute, steps: [number, Step, string?][]): Promise<void> {
    const disputeId = toGlobalId('Dispute', d.id);
    const parties = await em.fork().find(DisputeParty, { dispute: d.id }, { orderBy: { id: 'asc' } });
    for (const [daysAgo, step, text] of steps) {
      at(daysAgo);
      if (step === 'accept') await disputes.acceptDispute(mediator, { disputeId });
      else if (step === 'decline') await disputes.declineDispute(mediator, { disputeId, reason: text! });
      else if (step === 'start') {
        // Mediation is voluntary: each party consents first — a resident in the app, an outsider
        // to the mediator, who records it.
        for (const p of await em.fork().find(DisputeParty, { dispute: d.id, consent: PartyConsent.PENDING }, { orderBy: { id: 'asc' } })) {
          if (p.user) await consent.respondToMediation(as(phoneOf(p.user.id)), { disputeId, consent: true });
          else await consent.recordPartyResponse(mediator, { disputeId, partyId: toGlobalId('DisputeParty', p.id), consent: true });
        }
        await disputes.startMediation(mediator, disputeId);
      }
      else if (step === 'escalate') await disputes.escalateDispute(mediator, { disputeId, reason: text! });
      else if (step === 'session')
        await mediation.recordMediationSession(mediator, {
          disputeId,
          heldAt: new Date(clock.now().getTime() - 3_600_000),
          place: '檀溪社区人民调解室',
          mediatorIds: [uid(DEMO_MEDIATOR.phone)],
          partyIds: parties.map((p) => toGlobalId('DisputeParty', p.id)),
          invitees: [],
          record: text!,
        });
      else if (step === 'draft') await mediation.draftMediationAgreement(mediator, { disputeId, form: AgreementForm.WRITTEN, terms: text! });
      else if (step === 'confirm') {
        const agreement = await em.fork().findOneOrFail(MediationAgreement, { dispute: d.id });
        // The applicant confirms in the app (a resident); the other side signs on paper.
        for (const p of parties) {
          if (p.user && p.role === DisputePartyRole.APPLICANT) await mediation.confirmMediationAgreement(as(phoneOf(p.user.id)), { disputeId, textHash: agreement.textHash });
          else await mediation.recordAgreementConfirmation(mediator, { disputeId, partyId: toGlobalId('DisputeParty', p.id), method: ConfirmationMethod.PAPER, textHash: agreement.textHash });
        }
      } else if (step === 'agreed' || step === 'failed')
        await disputes.recordMediationOutcome(mediator, { disputeId, outcome: step === 'agreed' ? DisputeStatus.AGREED : DisputeStatus.FAILED, note: text! });
      else if (step === 'refer') await disputes.referDispute(mediator, { disputeId, to: DisputeReferral.LITIGATION, reason: text! });
      else await disputes.recordFollowUp(mediator, { disputeId, result: text!.startsWith('未') ? DisputeStatus.BREACHED : DisputeStatus.FULFILLED, note: text! });
    }
  }
  const phones = new Map<string, string>();
  for (let i = 0; i <= 21; i++) {
    const phone = `139000000${String(i).padStart(2, '0')}`;
    phones.set(userId(phone), phone);
  }
  const phoneOf = (id: string) => phones.get(id)!;
  const outsider = (name: string) => ({ name });

  // 来访: 高淑珍 (2-301) applies against the flat above; agreed, and the follow-up found it kept.
  at(40);
  const leak = await disputes.applyForMediation(as('13900000013'), {
    communityId: cid,
    title: '楼上卫生间漏水赔偿',
    description: '2栋4楼卫生间防水层老化，漏水导致我家天花板和墙面发霉，要求对方维修并赔偿重新粉刷的费用。',
    category: DisputeCategory.NEIGHBOR,
    respondents: [outsider('2-401 业主 方先生')],
  });
  await walk(leak, [
    [39, 'accept'],
    [38, 'start'],
    [36, 'session', '双方到场。申请人出示天花板霉斑照片；被申请人承认防水层老化，同意维修，对赔偿金额有异议。经调解员释法说理，双方同意按实际粉刷费用分担。'],
    [35, 'draft', '一、被申请人于2周内请有资质的施工队重做卫生间防水层；\n二、被申请人向申请人支付重新粉刷费用1200元；\n三、双方今后遇漏水问题先行协商，不再就此事发生争执。'],
    [34, 'confirm'],
    [34, 'agreed', '双方自愿达成调解协议，当场签字。'],
    [10, 'fulfilled', '回访：防水层已重做，赔偿款已付清，双方关系缓和。'],
  ]);

  // 排查: found by the grid worker, agreed, but the follow-up found the agreement not kept.
  at(28);
  const dog = await disputes.registerDispute(as('13900000020'), {
    communityId: cid,
    title: '宠物犬夜间吠叫扰民',
    description: '网格员排查发现：3栋住户反映邻居饲养的犬只夜间频繁吠叫，双方多次争吵。',
    category: DisputeCategory.NEIGHBOR,
    applicants: [{ userId: uid('13900000018') }],
    respondents: [outsider('3栋 养犬住户 刘女士')],
  });
  await walk(dog, [
    [27, 'accept'],
    [27, 'start'],
    [25, 'session', '双方到场，约定夜间将犬只关在室内并加装隔音门帘。'],
    [25, 'draft', '一、被申请人每晚22时后将犬只关在室内；\n二、被申请人一周内加装隔音门帘；\n三、如再次扰民，由社区组织再次调解。'],
    [24, 'confirm'],
    [24, 'agreed', '双方达成协议。'],
    [3, 'fulfilled', '未履行：回访时住户反映犬只夜间仍频繁吠叫，已约双方再谈。'],
  ]);

  // From an issue: the public complaint about the square-dance speakers, now in mediation.
  const issueId = issueIds.get('广场舞音响声音太大');
  if (issueId) {
    at(2);
    const dance = await disputes.convertIssueToDispute(mediator, {
      issueId,
      category: DisputeCategory.NEIGHBOR,
      respondents: [outsider('中心广场广场舞队 负责人 杜阿姨')],
    });
    await walk(dance, [
      [1.9, 'accept'],
      [1.5, 'start'],
      [1, 'session', '广场舞队负责人到场，同意将音量控制在60分贝以下、20时30分前结束；申请人要求书面约定，待下次调解确认。'],
    ]);
    // The next session is planned three days ahead (09:30 Shanghai): the parties and the mediator
    // are told, and the community's legal adviser (陈思远) is invited to it.
    const planned = new Date(Math.ceil((start + 3 * 86_400_000) / 86_400_000) * 86_400_000 + 1.5 * 3_600_000);
    const danceParties = await em.fork().find(DisputeParty, { dispute: dance.id }, { orderBy: { id: 'asc' } });
    await mediation.scheduleMediationSession(mediator, {
      disputeId: toGlobalId('Dispute', dance.id),
      plannedAt: planned,
      place: '檀溪社区人民调解室',
      mediatorIds: [uid(DEMO_MEDIATOR.phone)],
      partyIds: danceParties.map((p) => toGlobalId('DisputeParty', p.id)),
      invitees: [{ userId: uid('13900000031'), role: SessionInviteeRole.LAWYER, affiliation: '湖北汉江律师事务所（社区法律顾问）' }],
    });
  }

  // 排查: registered by the grid worker today, waiting for the committee.
  at(0.2);
  await disputes.registerDispute(as('13900000020'), {
    communityId: cid,
    title: '物业停车费上调引发争议',
    description: '网格员排查发现：翰林苑多名业主对物业单方面上调地下车位管理费不满，拒绝缴费。',
    category: DisputeCategory.PROPERTY_SERVICE,
    riskLevel: DisputeRiskLevel.SERIOUS,
    applicants: [{ userId: uid('13900000010') }],
    respondents: [outsider('襄阳汉江物业服务有限公司檀溪项目部')],
  });

  // 上报: wages owed to several workers, beyond the community: escalated to 檀溪街道综治中心.
  at(8);
  const wages = await disputes.registerDispute(mediator, {
    communityId: cid,
    title: '装修工人讨要劳务报酬',
    description: '为小区多户装修的六名工人反映包工头拖欠劳务费共计4.8万元，包工头不在本社区居住。',
    category: DisputeCategory.LABOR_PAY,
    riskLevel: DisputeRiskLevel.SERIOUS,
    applicants: [outsider('装修工人 代表 彭师傅')],
    respondents: [outsider('包工头 谢某')],
  });
  await walk(wages, [
    [7, 'accept'],
    [5, 'escalate', '涉及多名外来务工人员、金额较大，被申请人不在本社区，需街道协调劳动保障部门。'],
  ]);

  // Overdue: accepted 40 days ago (30 days to mediate), still in mediation.
  at(42);
  const fence = await disputes.applyForMediation(as('13900000016'), {
    communityId: cid,
    title: '一楼住户私搭围栏占用公共绿地',
    description: '3栋一楼住户在窗外公共绿地私自搭建围栏，影响通行，多次沟通无果。',
    category: DisputeCategory.NEIGHBOR,
    respondents: [outsider('3栋一楼住户 钱先生')],
  });
  await walk(fence, [
    [40, 'accept'],
    [38, 'start'],
    [30, 'session', '被申请人未到场，申请人陈述了诉求，调解员将再次联系被申请人。'],
  ]);

  // 调解不成 → 引导诉讼.
  at(22);
  const loan = await disputes.registerDispute(mediator, {
    communityId: cid,
    title: '亲属间借款纠纷',
    description: '申请人称借给表弟5万元购车，约定一年归还，逾期两年未还。',
    category: DisputeCategory.MARRIAGE_FAMILY,
    applicants: [{ userId: uid('13900000019') }],
    respondents: [outsider('申请人表弟 唐某')],
  });
  await walk(loan, [
    [21, 'accept'],
    [20, 'start'],
    [18, 'session', '双方对借款金额无异议，被申请人表示无力一次归还，申请人不同意分期。'],
    [15, 'failed', '双方对还款方式分歧较大，调解不成。'],
    [14, 'refer', '已告知申请人可持借条向襄城区人民法院起诉，并介绍法律援助渠道。'],
  ]);

  // 不予受理: already before the court.
  at(6);
  const court = await disputes.applyForMediation(as('13900000011'), {
    communityId: cid,
    title: '购房合同违约金',
    description: '要求开发商支付逾期交房违约金。',
    category: DisputeCategory.CONSUMER,
    respondents: [outsider('某房地产开发有限公司')],
  });
  await walk(court, [[5, 'decline', '该纠纷已由人民法院受理，依法不再调解（人民调解法 第18条）；可咨询社区法律顾问。']]);
}
