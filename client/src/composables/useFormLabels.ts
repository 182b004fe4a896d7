import { onBeforeUnmount, onMounted } from 'vue';

let counter = 0;
const nextId = (kind: string) => `gz-${kind}-${++counter}`;

/** A text field, a text area or a native select: what a <label for> names. */
const FIELD = 'input:not([type=hidden]):not([type=radio]):not([type=checkbox]), textarea, select';
/** Controls naive-ui draws without a native field: named by aria-labelledby instead. */
const CONTROL = '[role=switch], [role=radiogroup], [role=checkbox], [role=slider], .n-base-selection[tabindex]';

/**
 * Ties the label of every naive-ui form item (NFormItem renders it as a sibling <label> with no
 * `for`) to the control it is about: `for` and `id` for a field, `aria-labelledby` for a switch,
 * a radio group or a select. Screen readers then read the label, not the placeholder, and a click
 * on the label focuses the field. Fields without a form item name themselves (aria-label).
 */
export function labelFormItems(root: ParentNode): void {
  for (const label of root.querySelectorAll<HTMLLabelElement>('.n-form-item > label.n-form-item-label')) {
    const blank = label.parentElement?.querySelector(':scope > .n-form-item-blank');
    if (!blank) continue;
    const field = blank.querySelector<HTMLElement>(FIELD);
    if (field) {
      if (!field.id) field.id = nextId('field');
      if (label.htmlFor !== field.id) label.htmlFor = field.id;
      continue;
    }
    const control = blank.querySelector<HTMLElement>(CONTROL);
    if (!control || control.hasAttribute('aria-label')) continue;
    if (!label.id) label.id = nextId('label');
    if (control.getAttribute('aria-labelledby') !== label.id) control.setAttribute('aria-labelledby', label.id);
  }
}

/** Keeps every form of the app labelled as pages and dialogs come and go (once, in App.vue). */
export function useFormLabels(): void {
  let observer: MutationObserver | undefined;
  let scheduled = false;
  const run = () => {
    scheduled = false;
    labelFormItems(document.body);
  };
  onMounted(() => {
    run();
    observer = new MutationObserver(() => {
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(run);
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
  onBeforeUnmount(() => observer?.disconnect());
}
