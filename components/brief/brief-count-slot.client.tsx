"use client";

import { lazy, Suspense } from "react";

// The count and the brief's store are a chunk of their own, fetched as the page hydrates: the
// header is on every page, and every page's first load has a budget (npm run size).
const BriefCount = lazy(() => import("./brief-count.client"));

/** The number beside "Brief" in the header; nothing until its chunk has loaded. */
export function BriefCountSlot() {
  return (
    <Suspense fallback={null}>
      <BriefCount />
    </Suspense>
  );
}
