"use client";

import { Menu, X } from "lucide-react";
import { usePathname } from "next/navigation";
import { type ReactNode, useEffect, useRef } from "react";

/**
 * The header's menu on small screens: a <details> disclosure, so it opens and closes without
 * JavaScript, and the browser tells assistive technology whether it is expanded. Its button
 * says what pressing it will do ("Menu", then "Close menu"). With JavaScript it also closes when
 * a page opens (a link in it, or any client navigation), on Esc, and on a press outside it.
 * From `sm` up the list is always shown (`sm:details-content:…`) and the button is hidden.
 */
export function SiteMenu({ children }: { children: ReactNode }) {
  const details = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  const shownPath = useRef(pathname);

  // A new page: close. Not on the first render, so a menu opened before hydration stays open.
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    if (details.current) details.current.open = false;
  }, [pathname]);

  useEffect(() => {
    const menu = details.current;
    if (!menu) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || !menu.open) return;
      const hadFocus = menu.contains(document.activeElement);
      menu.open = false;
      if (hadFocus) menu.querySelector("summary")?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (menu.open && event.target instanceof Node && !menu.contains(event.target)) {
        menu.open = false;
      }
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, []);

  return (
    <details
      ref={details}
      // A link chosen in the menu closes it at once, even one to the page already open.
      onClick={(event) => {
        if (event.target instanceof Element && event.target.closest("a[href]")) {
          event.currentTarget.open = false;
        }
      }}
      className="group order-5 sm:order-last sm:w-full sm:details-content:[content-visibility:visible]"
    >
      <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-1.5 rounded-md border border-line px-2.5 text-sm font-medium text-ink hover:bg-surface-strong sm:hidden [&::-webkit-details-marker]:hidden">
        <Menu aria-hidden="true" className="size-5 group-open:hidden" />
        <X aria-hidden="true" className="hidden size-5 group-open:block" />
        <span className="group-open:hidden">Menu</span>
        <span className="hidden group-open:inline">Close menu</span>
      </summary>
      {children}
    </details>
  );
}
