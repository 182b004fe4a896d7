import type { Services } from '../core/context.js';
import { Context } from '../core/context.js';
import { ManualClock } from '../core/clock.js';
import { toGlobalId } from '../core/ids.js';
import { LegalQuestionCategory, LegalSeatRole, OfficeHourSlot, QuestionVisibility, legalService as legal } from '../legal/index.js';

/** 檀溪社区's police officer (社区民警) and legal adviser (法律顾问), demo accounts of their own. */
export const DEMO_POLICE = { phone: '13900000030', name: '邓卫东', role: 'community police officer (社区民警)' };
export const DEMO_LAWYER = { phone: '13900000031', name: '陈思远', role: "the community's legal adviser (法律顾问): 律师工作台 (/legal/desk)" };

const DAY = 86_400_000;
const HOUR = 3_600_000;

/**
 * 公共法律服务 in 檀溪社区, walked through the services with a manual clock so its history and
 * figures are real: the police officer and the legal adviser in the directory; the lawyer's 周四有约
 * (Thursdays 14:00–17:00 in 30-minute slots, from two weeks ago to two weeks ahead), two held and
 * recorded, and this week's (or next week's) partly booked; public questions with answers (the
 * knowledge base), one awaiting an answer and one private; a lecture held last week with its
 * attendance, and an upcoming one with registrations.
 */
export async function loadDemoLegal(services: Services, userId: (phone: string) => string, communityId: string, orgs: { rc: string }): Promise<void> {
  const start = Date.now();
  const clock = new ManualClock();
  const timed: Services = { ...services, clock };
  const as = (phone: string) => new Context(timed, { sessionId: 'demo', userId: userId(phone) }, { ip: 'demo' });
  const cid = toGlobalId('Community', communityId);
  const uid = (phone: string) => toGlobalId('User', userId(phone));
  const admin = as('13900000000');
  const lawyer = as(DEMO_LAWYER.phone);
  const chair = as('13900000001');
  const at = (ms: number) => clock.set(new Date(ms));
  const em = services.orm.em.fork();

  at(start - 20 * DAY);
  await legal.appointLegalSeat(admin, {
    communityId: cid,
    userId: uid(DEMO_POLICE.phone),
    role: LegalSeatRole.POLICE_OFFICER,
    officeHours: '每周一、三 9:00–11:30，檀溪社区警务室',
    intro: '檀溪派出所社区民警，负责翰林苑及周边治安、户籍咨询和矛盾纠纷先期处置。',
  });
  await legal.appointLegalSeat(admin, {
    communityId: cid,
    userId: uid(DEMO_LAWYER.phone),
    role: LegalSeatRole.LEGAL_ADVISER,
    officeHours: '每周四 14:00–17:00，社区公共法律服务室（周四有约）',
    intro: '湖北汉江律师事务所执业律师，擅长婚姻家庭、劳动争议和物业纠纷，担任檀溪社区法律顾问。',
  });

  // 周四有约: published 15 days ago for four Thursdays (two now past, two ahead).
  const published = start - 15 * DAY;
  at(published);
  await legal.publishOfficeHours(lawyer, { communityId: cid, weekday: 4, startTime: '14:00', endTime: '17:00', slotMinutes: 30, weeks: 4, place: '社区公共法律服务室' });
  const slots = await em.find(OfficeHourSlot, { community: communityId }, { orderBy: { startsAt: 'asc' } });
  const slotId = (s: OfficeHourSlot) => toGlobalId('OfficeHourSlot', s.id);

  // Two consultations already held: booked when ahead, recorded after the slot started.
  const past = slots.filter((s) => s.startsAt.getTime() < start - HOUR);
  const held: [string, string, string][] = [
    ['13900000013', '楼上漏水，对方拒绝赔偿，怎么维权？', '已告知可先申请人民调解，保留漏水照片和维修票据；调解不成可向襄城区人民法院起诉，主张财产损失。'],
    ['13900000017', '公司拖欠两个月工资', '建议先与公司书面协商；协商不成可向襄城区劳动人事争议仲裁委员会申请仲裁，需准备劳动合同、工资流水和考勤记录。'],
  ];
  for (const [i, [phone, topic, note]] of held.entries()) {
    const slot = past[i * 2];
    if (!slot) break;
    at(Math.max(slot.startsAt.getTime() - 3 * DAY, published + HOUR));
    const c = await legal.bookOfficeHourSlot(as(phone), { slotId: slotId(slot), topic });
    at(slot.startsAt.getTime() + 25 * 60_000);
    await legal.recordConsultationNote(lawyer, { consultationId: toGlobalId('LegalConsultation', c.id), note });
  }

  // 法律超市: public questions answered (the knowledge base), one awaiting an answer, one private.
  const qa: [number, string, LegalQuestionCategory, QuestionVisibility, string, string, string | null][] = [
    [12, '13900000010', LegalQuestionCategory.PROPERTY, QuestionVisibility.PUBLIC, '物业费可以因为服务差拒交吗？', '小区电梯经常坏，物业维修很慢，我能不能拒交物业费？', '不建议直接拒交。物业服务不到位，可以要求物业限期整改，或通过业委会依据物业服务合同主张违约责任；直接拒交可能被物业起诉并承担违约金。可先向社区和业委会反映，必要时申请调解。'],
    [10, '13900000014', LegalQuestionCategory.NEIGHBOR, QuestionVisibility.PUBLIC, '邻居在楼道堆放杂物怎么办？', '对门邻居长期在楼道堆放纸箱和旧家具，存在消防隐患，沟通无果。', '楼道属于业主共有部分和消防通道，堆放杂物违反《消防法》。可先向物业和网格员反映，由物业劝导清理；仍不清理的可向消防部门举报。也可以通过“反映问题”提交，社区会派单处理。'],
    [8, '13900000016', LegalQuestionCategory.MARRIAGE_FAMILY, QuestionVisibility.PUBLIC, '父母的房子子女怎么继承？', '父亲去世没有留遗嘱，房子登记在父亲名下，兄妹三人和母亲怎么分？', '没有遗嘱的按法定继承：房屋若是夫妻共同财产，先分出一半归母亲，另一半作为遗产由母亲和三个子女（第一顺序继承人）均等继承。可到公证处办理继承公证，或协商一致后到不动产登记中心办理。'],
    [3, '13900000018', LegalQuestionCategory.CONSUMER, QuestionVisibility.PUBLIC, '预付卡商家跑路了怎么维权？', '小区门口的理发店办了2000元会员卡，现在关门了联系不上老板。', null],
    [2, '13900000011', LegalQuestionCategory.LABOR, QuestionVisibility.PRIVATE, '试用期被辞退有补偿吗？', '试用期第二个月公司说我不符合录用条件让我走，没有书面说明。', null],
  ];
  for (const [daysAgo, phone, category, visibility, title, body, answer] of qa) {
    at(start - daysAgo * DAY);
    const q = await legal.askLegalQuestion(as(phone), { communityId: cid, title, body, category, visibility });
    if (answer) {
      at(start - daysAgo * DAY + 5 * HOUR);
      await legal.answerLegalQuestion(lawyer, { questionId: toGlobalId('LegalQuestion', q.id), answer });
    }
  }

  // 法治大讲堂: one held eight days ago (registered and checked in), one next week.
  const organizerId = toGlobalId('Organization', orgs.rc);
  const heldAt = start - 8 * DAY;
  at(heldAt - 7 * DAY);
  const lecture = await legal.scheduleLecture(chair, {
    organizerId,
    title: '民法典与百姓生活：婚姻家庭篇',
    description: '结合身边案例讲解民法典婚姻家庭编、继承编的常见问题，现场答疑。',
    speaker: DEMO_LAWYER.name,
    location: '檀溪社区党群服务中心二楼会议室',
    startsAt: new Date(heldAt),
    endsAt: new Date(heldAt + 2 * HOUR),
    capacity: 40,
  });
  const lectureId = toGlobalId('Lecture', lecture.id);
  const attendees = ['13900000010', '13900000011', '13900000013', '13900000014', '13900000016', '13900000018', '13900000019'];
  const registrations: string[] = [];
  for (const phone of attendees) {
    at(heldAt - 3 * DAY);
    const { registration } = await legal.registerForLecture(as(phone), lectureId);
    registrations.push(toGlobalId('LectureRegistration', registration.id));
  }
  at(heldAt + 5 * 60_000);
  // Six of the seven came.
  for (const registrationId of registrations.slice(0, 6)) await legal.checkInLectureAttendee(chair, { registrationId });

  at(start - 2 * DAY);
  const nextWeek = start + 6 * DAY;
  const upcoming = await legal.scheduleLecture(chair, {
    organizerId,
    title: '防范电信网络诈骗：守好老年人的钱袋子',
    description: '社区民警和法律顾问一起讲解常见诈骗手法、遇到诈骗怎么办，以及法律援助的申请方式。',
    speaker: `${DEMO_POLICE.name}、${DEMO_LAWYER.name}`,
    location: '檀溪社区党群服务中心一楼大厅',
    startsAt: new Date(nextWeek),
    endsAt: new Date(nextWeek + 90 * 60_000),
    capacity: 60,
  });
  for (const phone of ['13900000012', '13900000015', '13900000017']) await legal.registerForLecture(as(phone), toGlobalId('Lecture', upcoming.id));

  // This week's (or next week's) Thursday: three of its slots booked.
  at(start);
  const ahead = await em.fork().find(OfficeHourSlot, { community: communityId, startsAt: { $gt: new Date(start + 3 * HOUR) } }, { orderBy: { startsAt: 'asc' }, limit: 6 });
  const bookings: [number, string, string][] = [
    [0, '13900000012', '房屋买卖合同定金纠纷'],
    [1, '13900000019', '交通事故赔偿标准'],
    [3, '13900000004', '业委会选举程序是否合法'],
  ];
  for (const [i, phone, topic] of bookings) {
    const slot = ahead[i];
    if (slot) await legal.bookOfficeHourSlot(as(phone), { slotId: slotId(slot), topic });
  }
}
