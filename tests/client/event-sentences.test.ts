import { readdirSync, existsSync } from 'node:fs';
import ts from 'typescript';
import { createSSRApp, h } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { createI18n } from 'vue-i18n';
import { beforeAll, describe, expect, it } from 'vitest';

// The client's modules import each other without extensions (Vite's way), which the server's
// TypeScript settings do not follow: loaded at run time (vitest resolves them), typed by hand.
type Sentence = (event: { type: string; data: Record<string, unknown>; actor: { name: string } | null; community: { name: string } }) => string;
const load = (path: string) => import(/* @vite-ignore */ path) as Promise<{ default: Record<string, unknown> }>;
const client = (path: string) => new URL(`../../client/src/${path}`, import.meta.url).pathname;

/**
 * Every event the server can emit reads as a sentence of its own on the board and in the
 * notifications, in both languages: none falls to the bare 「…有一条新动态」. The types are the
 * server's typed catalogue (`EventCatalog`, merged from each module's `<module>.events.ts`), read
 * with the TypeScript compiler, so a new event type without a sentence fails here.
 */
function catalogue(): string[] {
  const files = [
    'server/events/events.catalog.ts',
    ...readdirSync('server')
      .map((m) => `server/${m}/${m}.events.ts`)
      .filter((f) => existsSync(f)),
  ];
  const program = ts.createProgram(files, { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile('server/events/events.catalog.ts')!;
  const declaration = source.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'EventCatalog')!;
  return checker
    .getPropertiesOfType(checker.getTypeAtLocation(declaration.name))
    .map((p) => p.name)
    .sort();
}

const sentences: Partial<Record<'zh-CN' | 'en', Sentence>> = {};

beforeAll(async () => {
  const [zhCN, zhCNPages, en, enPages] = await Promise.all(['locales/zh-CN.ts', 'locales/zh-CN.pages.ts', 'locales/en.ts', 'locales/en.pages.ts'].map((p) => load(client(p)).then((m) => m.default)));
  const { useEventSentence } = (await import(/* @vite-ignore */ client('composables/useEventSentence.ts'))) as { useEventSentence: () => Sentence };
  for (const locale of ['zh-CN', 'en'] as const) {
    const i18n = createI18n({ legacy: false, locale, fallbackLocale: 'zh-CN', messages: { 'zh-CN': zhCN, en } as never, missingWarn: false, fallbackWarn: false });
    i18n.global.mergeLocaleMessage('zh-CN', zhCNPages as never);
    i18n.global.mergeLocaleMessage('en', enPages as never);
    // The composable needs a component: its setup runs in a server render, no DOM.
    const app = createSSRApp({
      setup() {
        sentences[locale] = useEventSentence();
        return () => h('div');
      },
    });
    app.use(i18n);
    await renderToString(app);
  }
});

const event = (type: string, data: Record<string, unknown> = {}, actor: string | null = '王秀兰') => ({ type, data, actor: actor ? { name: actor } : null, community: { name: '檀溪社区' } });

describe('event sentences', () => {
  const types = catalogue();

  it('reads the whole catalogue (more than a hundred types, from every module)', () => {
    expect(types.length).toBeGreaterThan(100);
    for (const t of ['issue.submitted', 'meeting.scheduled', 'covenant.adopted', 'task.claimed', 'dispute.agreed', 'incident.declared', 'grid.created', 'partyMember.registered', 'proposal.submitted']) {
      expect(types, t).toContain(t);
    }
  });

  it('gives every type a sentence of its own in zh-CN and in English', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const generic = sentences[locale]!(event('nothing.known'));
      const missing = types.filter((type) => sentences[locale]!(event(type)) === generic);
      expect(missing, `${locale}: types that read as 「${generic}」`).toEqual([]);
    }
  });

  it('names the grid, the worker, the station and the title where the event carries them', () => {
    const zh = sentences['zh-CN']!;
    const english = sentences.en!;
    expect(zh(event('grid.renamed', { name: '二网格', previousName: '第二网格' }))).toBe('王秀兰将网格「第二网格」更名为「二网格」');
    expect(english(event('grid.renamed', { name: '二网格', previousName: '第二网格' }))).toBe('王秀兰 renamed the grid “第二网格” to “二网格”');
    expect(zh(event('grid.workerAssigned', { name: '一网格', workerName: '马军' }))).toBe('王秀兰指派马军为网格「一网格」的网格员');
    expect(zh(event('partyMember.registered', { userName: '郑国华', stationName: '檀溪红色驿站' }, '郑国华'))).toBe('郑国华到「檀溪红色驿站」报到（党员下沉）');
    expect(zh(event('partyMember.verified', { userName: '郑国华', stationName: '檀溪红色驿站' }))).toBe('王秀兰确认了郑国华到「檀溪红色驿站」的报到');
    expect(zh(event('buildingPartyGroup.created', { buildingName: '3栋', organizationName: '3栋党小组' }))).toBe('王秀兰在3栋成立了楼栋党小组「3栋党小组」');
    expect(zh(event('incident.declared', { title: '暴雨红色预警' }, '彭晓燕'))).toBe('彭晓燕发布了应急事件「暴雨红色预警」');
    expect(zh(event('incident.taskPosted', { title: '3栋装沙袋' }, '彭晓燕'))).toBe('彭晓燕为应急事件发布了志愿任务「3栋装沙袋」');
    expect(zh(event('dispute.accepted', { title: '楼上漏水纠纷' }))).toContain('「楼上漏水纠纷」');
  });
});
