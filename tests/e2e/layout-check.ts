import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * What on the page is cut off: every visible table, table cell, badge and button must lie within
 * the viewport's width and within each ancestor that hides its overflow, and must show its own
 * text whole (a badge that ends in "…" is cut off too). Inside a sideways-scrolling region that
 * keyboard users can reach (tabindex 0, as ScrollRegion sets while it scrolls) lying outside is
 * fine: that is what the region is for on a phone. With `scrolling: false` (laptop widths) no
 * region may need to scroll either. The page itself must not scroll sideways.
 * Returns one readable line per problem.
 */
export async function clippedElements(page: Page, { scrolling = true }: { scrolling?: boolean } = {}): Promise<string[]> {
  return page.evaluate((scrollingAllowed) => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) problems.push(`the page scrolls sideways: ${root.scrollWidth} px content in ${root.clientWidth} px`);
    const describe = (el: Element) => {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
      return `<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? ` class="${el.className.split(' ').slice(0, 2).join(' ')}"` : ''}> "${text}"`;
    };
    const hides = (value: string) => value === 'hidden' || value === 'clip';
    const scrolls = (value: string) => value === 'auto' || value === 'scroll';
    // A panel slid out of view (a phone's folded navigation) is hidden, not cut off.
    const slidAway = (el: Element) => {
      for (let a = el.parentElement; a; a = a.parentElement) {
        const box = a.getBoundingClientRect();
        if (getComputedStyle(a).transform !== 'none' && (box.right <= 0 || box.left >= root.clientWidth)) return true;
      }
      return false;
    };
    const targets = document.querySelectorAll('table, th, td, button, [role="button"], .mantine-Badge-root, .mantine-Button-root');
    for (const el of targets) {
      const box = el.getBoundingClientRect();
      // Hidden things (a folded section, a visually hidden label) are not what anyone sees.
      if (box.width <= 1 || box.height <= 1 || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) || slidAway(el)) continue;
      const clipped = (why: string) => problems.push(`${describe(el)} ${why}`);
      let scrolled = false;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const style = getComputedStyle(a);
        const outer = a.getBoundingClientRect();
        const outsideX = box.left < outer.left - 1 || box.right > outer.right + 1;
        const outsideY = box.top < outer.top - 1 || box.bottom > outer.bottom + 1;
        if (scrolls(style.overflowX) && outsideX) {
          if (!scrollingAllowed) clipped(`needs ${describe(a).slice(0, 60)} to scroll sideways`);
          else if (a.tabIndex < 0) clipped(`lies outside a scrolling ${describe(a).slice(0, 60)} that the keyboard cannot reach`);
          scrolled = true;
          break;
        }
        if ((hides(style.overflowX) && outsideX) || (hides(style.overflowY) && outsideY)) {
          clipped(`is cut off by ${describe(a).slice(0, 80)}`);
          break;
        }
      }
      if (!scrolled && (box.left < -1 || box.right > root.clientWidth + 1))
        clipped(`lies outside the viewport (${Math.round(box.left)}–${Math.round(box.right)} px of ${root.clientWidth})`);
      // A visually hidden label (1 px wide) is meant to be cut off; a table's own parts are checked as targets.
      const parts = el.matches('table, th, td') ? [el] : [el, ...el.querySelectorAll('*')];
      const cut = parts.find((part) => part.clientWidth > 1 && hides(getComputedStyle(part).overflowX) && part.scrollWidth > part.clientWidth + 1);
      if (cut) clipped(`shows its text cut off (${cut.scrollWidth} px in ${cut.clientWidth} px)`);
    }
    return problems;
  }, scrolling);
}

/** Expects nothing on the page to be cut off; `label` says which page failed. */
export async function expectNothingClipped(page: Page, label: string, options?: { scrolling?: boolean }) {
  const problems = await clippedElements(page, options);
  expect(problems, `${label}:\n${problems.join('\n')}`).toEqual([]);
}

/** Pairs of the elements `selector` finds whose boxes overlap, as readable lines (labels of a chart, say). */
export async function overlappingBoxes(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements) => {
    const boxes = elements.map((el) => ({ text: (el.textContent ?? '').trim().slice(0, 40), box: el.getBoundingClientRect() }));
    const pairs: string[] = [];
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart = a.box.right <= b.box.left || b.box.right <= a.box.left || a.box.bottom <= b.box.top || b.box.bottom <= a.box.top;
        if (!apart) pairs.push(`"${a.text}" overlaps "${b.text}"`);
      }
    }
    return pairs;
  });
}
