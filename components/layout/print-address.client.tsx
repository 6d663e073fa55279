"use client";

import { usePathname } from "next/navigation";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * Printed only: the site's name and the page's full address on the public origin, so a page on
 * paper says where it came from. Rendered at build time with the page's own path, so it is in
 * the HTML without JavaScript. The one page built under another path is the not-found page
 * (built as /_not-found, shown at any address): its text is redrawn once hydrated, rather than
 * reported as a mismatch.
 */
export function PrintAddress({ siteName, origin }: { siteName: string; origin: string }) {
  const pathname = usePathname();
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  return (
    <p data-print-address="" className="hidden text-sm print:block">
      <span className="font-semibold">{siteName}</span>:{" "}
      <span key={hydrated ? "client" : "server"} suppressHydrationWarning>
        {`${origin}${pathname}`}
      </span>
    </p>
  );
}
