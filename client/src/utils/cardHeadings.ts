/**
 * naive-ui's NCard gives its header `role="heading"` without `aria-level` (an ARIA error: a
 * screen reader cannot place it), and its title inside a second `role="heading"`. Until the
 * library does it, each card header gets level 3 (below a page's h2) and the inner one no role.
 * One observer for the whole app: every NCard, wherever it renders.
 */
export function fixCardHeadings(root: HTMLElement): void {
  const fix = () => {
    for (const header of root.querySelectorAll('.n-card-header[role="heading"]:not([aria-level])')) {
      header.setAttribute('aria-level', '3');
      header.querySelector('.n-card-header__main[role="heading"]')?.removeAttribute('role');
    }
  };
  fix();
  new MutationObserver(fix).observe(root, { childList: true, subtree: true });
}
