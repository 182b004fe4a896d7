import type { Services } from '../core/context.js';
import { Context } from '../core/context.js';
import { ManualClock } from '../core/clock.js';
import { toGlobalId } from '../core/ids.js';
import { communityService as communities, MemberRole } from '../communities/index.js';
import { emergencies, IncidentAnswer, IncidentKind, IncidentLevel, IncidentStatus, RollCallStatus, VulnerableCategory } from '../emergencies/index.js';

/** The township center's duty officer: declares and runs incidents (应急值守, /emergencies). */
export const DEMO_DUTY_OFFICER = { phone: '13900000050', name: '彭晓燕', role: 'duty officer of the township governance center (檀溪街道综治中心值班员): 应急值守 (/emergencies)' };

const MINUTE = 60_000;

/**
 * 应急管理 in 檀溪社区, played through the module's steps with a manual clock: the residents'
 * committee's register of five vulnerable residents; a rainstorm three weeks ago, declared by the
 * township center for the whole community, acknowledged by 19 of the 21 alerted over 48 minutes
 * (90% at the 48th minute), every vulnerable resident reached (3 of 5 within 30 minutes, all within
 * 60), closed a day later; and a burst main in 2栋
 * now, declared 40 minutes ago, its roll call half done (1 of 2 reached).
 */
export async function loadDemoEmergencies(services: Services, userId: (phone: string) => string, communityId: string): Promise<void> {
  const start = Date.now();
  const clock = new ManualClock(new Date(start - 30 * 86_400_000));
  const timed: Services = { ...services, clock };
  const as = (phone: string) => new Context(timed, { sessionId: 'demo', userId: userId(phone) }, { ip: 'demo' });
  const em = services.orm.em.fork();
  const [township] = await em.execute<{ id: string }[]>(`SELECT id FROM organizations WHERE community_id IS NULL AND kind = 'GOVERNANCE_CENTER' AND name = '檀溪街道综治中心'`);
  const buildings = new Map((await em.execute<{ id: string; name: string }[]>(`SELECT id, name FROM buildings WHERE community_id = ?`, [communityId])).map((b) => [b.name, b.id]));
  const units = new Map((await em.execute<{ id: string; number: string }[]>(`SELECT u.id, u.number FROM units u JOIN buildings b ON b.id = u.building_id WHERE b.community_id = ?`, [communityId])).map((u) => [u.number, u.id]));
  const desk = toGlobalId('Organization', township!.id);
  await communities.addMember(as('13900000000'), { organizationId: desk, userId: toGlobalId('User', userId(DEMO_DUTY_OFFICER.phone)), role: MemberRole.STAFF });

  // The register, kept by the residents' committee's chair and grid worker, with consent.
  const register: [string, string, string, VulnerableCategory, string | null, string | null][] = [
    ['13900000001', '1栋', '1-102', VulnerableCategory.ELDERLY_ALONE, '13907100101', '听力较差，请敲门'],
    ['13900000020', '2栋', '2-101', VulnerableCategory.DISABLED, '13907100201', '轮椅出行'],
    ['13900000020', '2栋', '2-402', VulnerableCategory.ELDERLY_ALONE, '13907100202', null],
    ['13900000001', '3栋', '3-401', VulnerableCategory.PREGNANT, '13907100301', '预产期下月'],
    ['13900000001', '3栋', '3-102', VulnerableCategory.SERIOUSLY_ILL, '13907100302', '需每周透析'],
  ];
  const names = ['蒋奶奶', '许师傅', '钱爷爷', '杜女士', '沈先生'];
  for (const [i, [by, building, unit, category, phone, note]] of register.entries()) {
    await emergencies.registerVulnerable(as(by), {
      buildingId: toGlobalId('Building', buildings.get(building)!),
      unitId: toGlobalId('Unit', units.get(unit)!),
      name: names[i]!,
      category,
      phone,
      note,
      consent: true,
    });
  }

  const at = (t: number) => clock.set(new Date(t));
  const rollCall = async (incidentId: string) =>
    em.execute<{ id: string; unit: string }[]>(
      `SELECT e.id, u.number AS unit FROM incident_roll_calls e JOIN vulnerable_residents v ON v.id = e.vulnerable_id JOIN units u ON u.id = v.unit_id WHERE e.incident_id = ? ORDER BY u.number`,
      [incidentId],
    );

  // The rainstorm, three weeks ago: the whole community.
  const t0 = start - 21 * 86_400_000;
  at(t0);
  const storm = await emergencies.declareIncident(as(DEMO_DUTY_OFFICER.phone), {
    deskId: desk,
    kind: IncidentKind.RAINSTORM,
    level: IncidentLevel.III,
    title: '暴雨橙色预警：翰林苑地下车库进水',
    instructions: '地下车库已封闭，请勿前往挪车；1栋、2栋低层住户做好防水，老人请留在家中等候网格员联系。',
    communityIds: [toGlobalId('Community', communityId)],
  });
  const stormId = toGlobalId('Incident', storm.id);
  // Acknowledgements (some by answering 我安全) from 19 of the 21 people alerted, over 48 minutes:
  // the after-action report's 90% (the 19th) is reached at 48 minutes.
  const acks = ['13900000004', '13900000010', '13900000011', '13900000012', '13900000013', '13900000014', '13900000015', '13900000016', '13900000017', '13900000018', '13900000019', '13900000007', '13900000008', '13900000009', '13900000001', '13900000020', '13900000003', '13900000002', '13900000005'];
  for (const [i, phone] of acks.entries()) {
    at(t0 + (i < 15 ? (i + 1) * 1.6 : 30 + i) * MINUTE);
    if (i % 3 === 0) await emergencies.answerIncident(as(phone), { incidentId: stormId, answer: IncidentAnswer.SAFE });
    else await emergencies.acknowledgeIncident(as(phone), stormId);
  }
  const reachAt = [10, 25, 28, 45, 55];
  for (const [i, entry] of (await rollCall(storm.id)).entries()) {
    at(t0 + reachAt[i]! * MINUTE);
    await emergencies.markReached(as(i % 2 ? '13900000001' : DEMO_DUTY_OFFICER.phone), { entryId: toGlobalId('RollCallEntry', entry.id), status: i === 1 ? RollCallStatus.MOVED : RollCallStatus.SAFE });
  }
  at(t0 + 30 * MINUTE);
  await emergencies.updateIncident(as(DEMO_DUTY_OFFICER.phone), { incidentId: stormId, status: IncidentStatus.RESPONDING, note: '抽排水泵已到位，志愿者在地库入口值守。' });
  at(t0 + 6 * 60 * MINUTE);
  await emergencies.updateIncident(as(DEMO_DUTY_OFFICER.phone), { incidentId: stormId, status: IncidentStatus.RECOVERING, note: '积水已排除，车库清淤中，明早开放。' });
  at(t0 + 24 * 60 * MINUTE);
  await emergencies.updateIncident(as(DEMO_DUTY_OFFICER.phone), { incidentId: stormId, status: IncidentStatus.CLOSED, note: '车库恢复开放，预警解除。' });

  // A burst main in 2栋, 40 minutes ago: water off; the roll call half done.
  const t1 = start - 40 * MINUTE;
  at(t1);
  const main = await emergencies.declareIncident(as(DEMO_DUTY_OFFICER.phone), {
    deskId: desk,
    kind: IncidentKind.OUTAGE,
    level: IncidentLevel.IV,
    title: '2栋供水管爆裂，临时停水',
    instructions: '2栋全楼停水，预计今晚8点前恢复。送水车停在2栋东侧，行动不便的住户请点"需要帮助"。',
    communityIds: [toGlobalId('Community', communityId)],
    buildingIds: [toGlobalId('Building', buildings.get('2栋')!)],
  });
  const mainId = toGlobalId('Incident', main.id);
  at(t1 + 5 * MINUTE);
  await emergencies.updateIncident(as(DEMO_DUTY_OFFICER.phone), { incidentId: mainId, status: IncidentStatus.RESPONDING, note: '自来水公司抢修队已到场。' });
  at(t1 + 8 * MINUTE);
  await emergencies.acknowledgeIncident(as('13900000013'), mainId);
  at(t1 + 12 * MINUTE);
  await emergencies.answerIncident(as('13900000014'), { incidentId: mainId, answer: IncidentAnswer.SAFE });
  const [first] = await rollCall(main.id);
  at(t1 + 15 * MINUTE);
  await emergencies.markReached(as('13900000001'), { entryId: toGlobalId('RollCallEntry', first!.id), status: RollCallStatus.HELPED, note: '已送两桶饮用水上楼' });
}
