/**
 * naive-ui's NTabs draws each tab as a `div` with a click handler: no role, out of the tab order,
 * so the keyboard cannot reach a tab, and its nav, which scrolls sideways when the labels do not fit
 * (a phone, English), holds nothing focusable (axe: `scrollable-region-focusable`). Until the
 * library does it, every NTabs of the app gets the WAI-ARIA tabs pattern here:
 *
 * - the tabs' row is a `tablist`, each tab a `tab` with an id and `aria-selected`, the shown pane a
 *   `tabpanel` labelled by its tab;
 * - the selected tab is in the tab order (`tabindex=0`), the others are not (`-1`, roving tabindex);
 * - on a tab, Enter or Space chooses it; ←/→ (and Home/End) move to the previous/next tab and
 *   choose it (the tab is clicked, so NTabs and `v-model:value` see a person's choice).
 *
 * One observer for the app finds each NTabs as it renders; each gets its own observer of its class
 * changes (the active tab) and pane styles (the shown pane). Only `.n-tabs--line-type`,
 * `--bar-type` and `--card-type` are handled (the segment type draws a second, fake tab).
 */
const TAB = '.n-tabs-tab[data-name]';
let nextId = 0;

function tabsOf(tabs: Element): HTMLElement[] {
  return [...tabs.querySelectorAll<HTMLElement>(`:scope > .n-tabs-nav ${TAB}`)].filter((el) => el.closest('.n-tabs') === tabs);
}

function sync(tabs: Element): void {
  const list = tabs.querySelector(':scope > .n-tabs-nav .n-tabs-wrapper');
  if (list && list.getAttribute('role') !== 'tablist') list.setAttribute('role', 'tablist');
  let activeId: string | null = null;
  for (const tab of tabsOf(tabs)) {
    if (!tab.id) tab.id = `n-tab-${++nextId}`;
    const active = tab.classList.contains('n-tabs-tab--active');
    const disabled = tab.classList.contains('n-tabs-tab--disabled');
    const want = { role: 'tab', 'aria-selected': String(active), tabindex: active && !disabled ? '0' : '-1' };
    for (const [name, value] of Object.entries(want)) if (tab.getAttribute(name) !== value) tab.setAttribute(name, value);
    if (disabled) tab.setAttribute('aria-disabled', 'true');
    else tab.removeAttribute('aria-disabled');
    if (active) activeId = tab.id;
  }
  const panes = tabs.querySelectorAll<HTMLElement>(':scope > .n-tab-pane, :scope > .n-tabs-pane-wrapper > .n-tab-pane');
  for (const pane of panes) {
    if (pane.getAttribute('role') !== 'tabpanel') pane.setAttribute('role', 'tabpanel');
    const shown = pane.style.display !== 'none';
    if (shown && activeId) {
      if (pane.getAttribute('aria-labelledby') !== activeId) pane.setAttribute('aria-labelledby', activeId);
    } else if (pane.hasAttribute('aria-labelledby')) pane.removeAttribute('aria-labelledby');
  }
}

function onKeydown(event: KeyboardEvent): void {
  const tab = (event.target as HTMLElement | null)?.closest?.<HTMLElement>(`${TAB}[role=tab]`);
  if (!tab || event.altKey || event.ctrlKey || event.metaKey) return;
  const root = tab.closest('.n-tabs');
  if (!root) return;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    tab.click();
    return;
  }
  const all = tabsOf(root).filter((el) => !el.classList.contains('n-tabs-tab--disabled'));
  const at = all.indexOf(tab);
  const vertical = root.classList.contains('n-tabs--left') || root.classList.contains('n-tabs--right');
  const step: Record<string, number> = vertical ? { ArrowUp: -1, ArrowDown: 1 } : { ArrowLeft: -1, ArrowRight: 1 };
  let to: HTMLElement | undefined;
  if (event.key in step) to = all[(at + step[event.key]! + all.length) % all.length];
  else if (event.key === 'Home') to = all[0];
  else if (event.key === 'End') to = all[all.length - 1];
  if (!to) return;
  event.preventDefault();
  to.click();
  to.focus();
}

/** Watches `root` (the document's body) for NTabs and makes each one a keyboard-usable tablist. */
export function fixTabs(root: HTMLElement): void {
  const seen = new WeakSet<Element>();
  const find = () => {
    for (const tabs of root.querySelectorAll('.n-tabs:not(.n-tabs--segment-type)')) {
      if (seen.has(tabs)) continue;
      seen.add(tabs);
      sync(tabs);
      new MutationObserver(() => sync(tabs)).observe(tabs, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style'] });
    }
  };
  find();
  new MutationObserver(find).observe(root, { childList: true, subtree: true });
  root.addEventListener('keydown', onKeydown);
}
