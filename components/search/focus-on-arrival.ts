/** How long to wait for the chosen page before leaving focus where it is. */
const GIVE_UP_MS = 5000;
/** Only the latest choice moves focus, should a reader choose again before the first arrives. */
let latest = 0;

/** The heading a reader arrives at: the #section's own heading, else the page's h1. */
function arrivalHeading(hash: string): HTMLElement | null {
  const id = decodeURIComponent(hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (target) {
    if (/^H[1-6]$/.test(target.tagName)) return target;
    return target.querySelector<HTMLElement>("h1, h2, h3, h4, h5, h6") ?? target;
  }
  return document.querySelector<HTMLElement>("main h1");
}

/**
 * After a search result is chosen, moves focus to the opened page's heading (or the linked
 * section's), so that a keyboard or screen-reader user starts reading where they asked to go
 * rather than back at the header. Next moves no focus on navigation, and the router gives no
 * signal when a page has arrived: the address changes once the new page is committed, so this
 * waits, frame by frame, for the address to be the result's and the dialog to have closed
 * (closing hands focus back to the button that opened it).
 */
export function focusOnArrival(url: string): void {
  const target = new URL(url, window.location.href);
  const wanted = target.pathname + target.search + target.hash;
  const started = performance.now();
  const choice = ++latest;
  const step = () => {
    if (choice !== latest || performance.now() - started > GIVE_UP_MS) return;
    const { pathname, search, hash } = window.location;
    const arrived = pathname + search + hash === wanted && !document.querySelector("dialog[open]");
    const heading = arrived ? arrivalHeading(target.hash) : null;
    if (!heading) {
      requestAnimationFrame(step);
      return;
    }
    // A heading takes focus only from script (tabindex -1), and gives that up once left.
    if (!heading.hasAttribute("tabindex")) {
      heading.setAttribute("tabindex", "-1");
      heading.addEventListener("blur", () => heading.removeAttribute("tabindex"), { once: true });
    }
    heading.focus();
  };
  requestAnimationFrame(step);
}
