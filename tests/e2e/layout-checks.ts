import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Two boxes drawn on top of each other, or a control cut off, described for the failure. */
interface LayoutFault {
  kind: 'overlap' | 'clipped';
  what: string;
}

/**
 * Finds, in the page as drawn: visible text runs of different elements whose boxes overlap
 * (text over text), and controls cut off by the window or by an ancestor that hides overflow,
 * or whose own label overflows them. Text hidden under an opaque layer (a dialog's backdrop, a
 * popover) is not "visible": only what is on top at the run's centre counts.
 */
export async function layoutFaults(page: Page): Promise<LayoutFault[]> {
  return page.evaluate(() => {
    const faults: { kind: 'overlap' | 'clipped'; what: string }[] = [];
    const visible = (element: Element) => {
      const style = getComputedStyle(element);
      return (
        style.visibility !== 'hidden' &&
        style.display !== 'none' &&
        Number(style.opacity) > 0 &&
        element.checkVisibility({ opacityProperty: true, visibilityProperty: true })
      );
    };
    /** The box `element` may paint in: the window cut by every ancestor that clips. */
    const clipOf = (element: Element) => {
      let box = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
      for (let node = element.parentElement; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (/(hidden|clip|auto|scroll)/.test(style.overflow + style.overflowX + style.overflowY)) {
          const rect = node.getBoundingClientRect();
          box = {
            left: Math.max(box.left, rect.left),
            top: Math.max(box.top, rect.top),
            right: Math.min(box.right, rect.right),
            bottom: Math.min(box.bottom, rect.bottom),
          };
        }
      }
      return box;
    };
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''} “${(element.textContent ?? '').trim().slice(0, 40)}”`;

    // Text runs: one box per line of each text node, kept when fully on screen and on top.
    const runs: { rect: DOMRect; element: Element }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !(node.textContent ?? '').trim() || !visible(element)) continue;
      if (element.closest('[aria-hidden="true"], [inert], option, script, style')) continue;
      const clip = clipOf(element);
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width < 2 || rect.height < 2) continue;
        const inside =
          rect.left >= clip.left - 1 &&
          rect.right <= clip.right + 1 &&
          rect.top >= clip.top - 1 &&
          rect.bottom <= clip.bottom + 1;
        if (!inside) continue;
        const top = document.elementFromPoint(
          rect.left + rect.width / 2,
          rect.top + rect.height / 2,
        );
        if (!top || !(top === element || element.contains(top) || top.contains(element))) continue;
        runs.push({ rect, element });
      }
    }
    /**
     * A layer with a background (a popover, a dropdown, a toolbar) laid over text hides what
     * it covers: that is not text over text. Text painted over text with nothing between is.
     */
    const occludes = (
      first: { rect: DOMRect; element: Element },
      second: { rect: DOMRect; element: Element },
      width: number,
      height: number,
    ) => {
      const x = Math.max(first.rect.left, second.rect.left) + width / 2;
      const y = Math.max(first.rect.top, second.rect.top) + height / 2;
      const top = document.elementFromPoint(x, y);
      if (!top) return false;
      const upper = first.element.contains(top) || top === first.element ? first : second;
      const lower = upper === first ? second : first;
      for (
        let node: Element | null = top;
        node && !node.contains(lower.element);
        node = node.parentElement
      ) {
        const background = getComputedStyle(node).backgroundColor;
        if (background !== 'rgba(0, 0, 0, 0)' && background !== 'transparent') return true;
      }
      return false;
    };
    for (let a = 0; a < runs.length; a++) {
      for (let b = a + 1; b < runs.length; b++) {
        const first = runs[a]!;
        const second = runs[b]!;
        if (first.element === second.element) continue;
        const width =
          Math.min(first.rect.right, second.rect.right) -
          Math.max(first.rect.left, second.rect.left);
        const height =
          Math.min(first.rect.bottom, second.rect.bottom) -
          Math.max(first.rect.top, second.rect.top);
        // Line boxes of adjacent lines may touch by a pixel or two; text over text is more.
        if (width > 3 && height > 4 && !occludes(first, second, width, height)) {
          faults.push({
            kind: 'overlap',
            what: `${name(first.element)} over ${name(second.element)}`,
          });
        }
      }
    }

    const controls = document.querySelectorAll(
      'button, input:not([type="hidden"]), select, textarea, a[href], [role="tab"], [role="radio"]',
    );
    for (const control of controls) {
      if (!visible(control) || control.closest('[inert], [aria-hidden="true"]')) continue;
      const rect = control.getBoundingClientRect();
      if (rect.width < 1 || rect.height < 1) continue;
      const clip = clipOf(control);
      const shown =
        Math.max(0, Math.min(rect.right, clip.right) - Math.max(rect.left, clip.left)) *
        Math.max(0, Math.min(rect.bottom, clip.bottom) - Math.max(rect.top, clip.top));
      const whole = rect.width * rect.height;
      // Half out of a pane that scrolls is fine (scroll to see it); half out of a box that
      // hides its overflow, or of the window, is a control cut off.
      const scrollsAway = (() => {
        for (let node = control.parentElement; node; node = node.parentElement) {
          const style = getComputedStyle(node);
          const overflow = style.overflowX + style.overflowY;
          if (/(auto|scroll)/.test(overflow)) return true;
          if (/(hidden|clip)/.test(overflow)) return false;
        }
        return false;
      })();
      if (shown > 0 && shown < whole - 2 && !scrollsAway) {
        faults.push({ kind: 'clipped', what: `${name(control)} is cut off` });
      }
      const isText = control.tagName === 'BUTTON' || control.getAttribute('role');
      if (isText && control.scrollWidth > control.clientWidth + 1) {
        faults.push({ kind: 'clipped', what: `${name(control)} overflows its box` });
      }
    }
    return faults;
  });
}

/** The window sizes every view is checked at (a large, a common and a small laptop screen). */
export const WINDOW_SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
  { width: 1024, height: 700 },
] as const;

/** Fails with every overlap and clipped control found in the current view. */
export async function expectCleanLayout(page: Page, view: string): Promise<void> {
  const faults = await layoutFaults(page);
  expect(faults.map((fault) => `${view}: ${fault.kind}: ${fault.what}`)).toEqual([]);
}

/** Fails with every serious or critical axe violation in the current view. */
export async function expectAccessible(page: Page, view: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${view}: ${violation.id} (${violation.impact}): ${violation.nodes
          .slice(0, 3)
          .map((node) => `${node.target.join(' ')} ${node.html.slice(0, 120)}`)
          .join(' | ')}`,
    );
  expect(serious).toEqual([]);
}
