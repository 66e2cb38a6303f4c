// Small DOM helpers; the player has no framework, so these keep the other modules short.

export function one<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (found === null) throw new Error(`${selector} missing`); // only a broken page: a short message
  return found;
}

export function all<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  return Array.from(root.querySelectorAll<T>(selector));
}

type Child = Node | string | null | false;

/** Creates an element; `attrs` set as attributes (false/null leave them out), children appended. */
export function el(
  tag: string,
  attrs: Record<string, string | boolean | null> = {},
  ...children: Child[]
): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) node.setAttribute(name, '');
    else if (typeof value === 'string') node.setAttribute(name, value);
  }
  for (const child of children) if (child !== null && child !== false) node.append(child);
  return node;
}

/** Author HTML (the teacher's own Markdown, rendered by the compiler; never learner input) as a fragment. */
export function html(markup: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content;
}

/** Plain text of author HTML, for sentences such as "The correct answer: ...". */
export function textOf(markup: string): string {
  return (html(markup).textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Arrow keys belong to the field being typed in (and to radio groups), not to the deck. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/** Wide tables and code blocks scroll inside their own box; one that does must be reachable by
 *  keyboard to be scrolled (WCAG 2.1.1), one that does not should not add a tab stop. */
export function focusScrollers(root: ParentNode): void {
  for (const box of all(root, '.sd-md table, .sd-md pre')) {
    if (box.scrollWidth > box.clientWidth) box.tabIndex = 0;
    else box.removeAttribute('tabindex');
  }
}
