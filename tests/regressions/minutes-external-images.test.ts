import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../client/src/utils/markdown.js';

/**
 * Issue #8 item 15: the minutes' markdown must not load images from other servers (opening the
 * minutes would tell them who read them, and when). The client renders them with this renderer.
 */
const ORIGIN = 'https://gongzhi.example.org';
const render = (source: string) => createMarkdown(ORIGIN).render(source);
const imgSrcs = (html: string) => [...html.matchAll(/<img [^>]*src="([^"]*)"/g)].map((m) => m[1]);

describe('minutes markdown', () => {
  it('renders an external image as a link to it, not as an <img>', () => {
    const html = render('会议现场：![现场照片](https://tracker.example.com/pixel.png?who=minutes)\n\n另见 ![](http://cdn.example.net/a.jpg)');
    expect(html).not.toContain('<img');
    expect(imgSrcs(html)).toEqual([]);
    expect(html).toContain('<a href="https://tracker.example.com/pixel.png?who=minutes" target="_blank" rel="noopener noreferrer nofollow" class="markdown-external-image">现场照片</a>');
    expect(html).toContain('<a href="http://cdn.example.net/a.jpg"');
    expect(html).toContain('>http://cdn.example.net/a.jpg</a>');
  });

  it('treats a protocol-relative address as external', () => {
    const html = render('![x](//tracker.example.com/p.gif)');
    expect(imgSrcs(html)).toEqual([]);
    expect(html).toContain('href="//tracker.example.com/p.gif"');
  });

  it('shows images of the site itself and data: images', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const html = render(`![平面图](/files/plan.png) ![同站](${ORIGIN}/files/b.png) ![点](${png})`);
    expect(imgSrcs(html)).toEqual(['/files/plan.png', `${ORIGIN}/files/b.png`, png]);
    expect(html).toContain('alt="平面图"');
  });

  it('still escapes raw HTML, so no <img> can be written by hand', () => {
    const html = render('<img src="https://tracker.example.com/p.gif"> and <script>alert(1)</script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=&quot;https://tracker.example.com/p.gif&quot;&gt;');
    expect(html).not.toContain('<script');
  });

  it('keeps check marks and safe links', () => {
    const html = render('- [x] 已完成\n- [ ] 待办\n\n[链接](https://example.com) [坏](javascript:alert(1))');
    expect(html).toContain('☑ 已完成');
    expect(html).toContain('☐ 待办');
    expect(html).toContain('<a href="https://example.com" target="_blank" rel="noopener noreferrer">链接</a>');
    expect(html).not.toContain('href="javascript:');
  });
});
