"use client";

import NextLink from "next/link";
import { type ComponentProps, useState } from "react";

/**
 * The site's link: it fetches the next page ahead only once the reader shows they may open it
 * (pointer over it, keyboard focus, or a touch), not whenever it scrolls into view, so an idle
 * page costs a phone almost nothing. Pagers, where "next" is the likely next step, use
 * next/link's default instead. `prefetch={false}` turns prefetching off altogether; never pass
 * `true`, which breaks links in the static export (vercel/next.js#92341).
 */
export function Link({
  prefetch,
  onMouseEnter,
  onTouchStart,
  onFocus,
  ...props
}: ComponentProps<typeof NextLink>) {
  const [intent, setIntent] = useState(false);
  if (prefetch === false) {
    return (
      <NextLink
        {...props}
        prefetch={false}
        onMouseEnter={onMouseEnter}
        onTouchStart={onTouchStart}
        onFocus={onFocus}
      />
    );
  }
  return (
    <NextLink
      {...props}
      prefetch={intent ? null : false}
      onMouseEnter={(event) => {
        setIntent(true);
        onMouseEnter?.(event);
      }}
      onTouchStart={(event) => {
        setIntent(true);
        onTouchStart?.(event);
      }}
      onFocus={(event) => {
        setIntent(true);
        onFocus?.(event);
      }}
    />
  );
}
