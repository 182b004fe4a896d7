import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../client/src/utils/markdown.js';

const ORIGIN = 'https://gongzhi.example.cn';
const render = (text: string) => createMarkdown(ORIGIN).render(text);

describe('the minutes’ markdown', () => {
  it('escapes raw HTML', () => {
    const html = render('<script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('opens links in a new tab without handing it the page, and drops javascript: links', () => {
    expect(render('[规则](https://example.org/a)')).toContain('<a href="https://example.org/a" target="_blank" rel="noopener noreferrer">规则</a>');
    expect(render('[x](javascript:alert(1))')).not.toContain('href="javascript:');
  });

  it('marks action items done and open', () => {
    const html = render('- [x] 修好路灯\n- [ ] 清理楼道');
    expect(html).toContain('☑ 修好路灯');
    expect(html).toContain('☐ 清理楼道');
  });

  it('shows images of this site and data: images, and only links to any other', () => {
    expect(render('![图](/files/a.png)')).toContain('<img src="/files/a.png" alt="图">');
    expect(render(`![图](${ORIGIN}/files/a.png)`)).toContain('<img');
    expect(render('![点](data:image/png;base64,iVBORw0KGgo=)')).toContain('<img');
    const outside = render('![追踪](https://tracker.example.com/p.gif)');
    expect(outside).not.toContain('<img');
    expect(outside).toContain('<a href="https://tracker.example.com/p.gif" target="_blank" rel="noopener noreferrer nofollow" class="markdown-external-image">追踪</a>');
    // No alt text: the link shows the address.
    expect(render('![](https://tracker.example.com/p.gif)')).toContain('>https://tracker.example.com/p.gif</a>');
  });
});
