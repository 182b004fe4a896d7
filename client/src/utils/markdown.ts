import MarkdownIt, { type MarkdownIt as Markdown } from 'markdown-it';

/**
 * The minutes' markdown, rendered safely: raw HTML is off (every `<` in the notes is escaped),
 * links are markdown-it's validated ones (no `javascript:`) and open in a new tab without handing
 * it the page, `- [x]` / `- [ ]` items get check marks, and an image is shown only from `origin`
 * (this site) or a `data:` URL. Any other image becomes a link to it: opening the minutes must
 * not tell another server who read them and when (the CSP's img-src backs this).
 */
export function createMarkdown(origin: string): Markdown {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: true });

  // The minutes list action items as `- [x] …` (done) and `- [ ] …` (open).
  md.core.ruler.push('task_marks', (state) => {
    const tokens = state.tokens;
    for (let i = 2; i < tokens.length; i++) {
      const inline = tokens[i]!;
      if (inline.type !== 'inline' || tokens[i - 1]!.type !== 'paragraph_open' || tokens[i - 2]!.type !== 'list_item_open') continue;
      const first = inline.children?.[0];
      if (first?.type === 'text') first.content = first.content.replace(/^\[([ xX])\]\s/, (_all, mark: string) => (mark === ' ' ? '☐ ' : '☑ '));
    }
  });

  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    tokens[idx]!.attrSet('target', '_blank');
    tokens[idx]!.attrSet('rel', 'noopener noreferrer');
    return defaultLinkOpen(tokens, idx, options, env, self);
  };

  const defaultImage = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    const src = String(token.attrGet('src') ?? '');
    if (isLocalImage(src, origin)) return defaultImage(tokens, idx, options, env, self);
    // markdown-it keeps the alt text as the token's children; the link shows it, or the address.
    const alt = self.renderInlineAsText(token.children ?? [], options, env);
    const href = md.utils.escapeHtml(src);
    return `<a href="${href}" target="_blank" rel="noopener noreferrer nofollow" class="markdown-external-image">${md.utils.escapeHtml(alt || src)}</a>`;
  };
  return md;
}

/** A data: image, or a URL that resolves to `origin` (a path like `/files/a.png` does). */
function isLocalImage(src: string, origin: string): boolean {
  if (/^data:image\//i.test(src)) return true;
  try {
    return new URL(src, `${origin}/`).origin === origin;
  } catch {
    return false;
  }
}
