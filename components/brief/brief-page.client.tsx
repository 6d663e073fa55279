"use client";

import { lazy, Suspense, type ComponentProps } from "react";
import type { BriefView as BriefViewType } from "./brief-view.client";

// The brief's view is a chunk of its own, so that even /brief's first load stays small; the
// Word library is a further chunk, fetched only when the reader asks for the file.
const BriefView = lazy(() =>
  import("./brief-view.client").then((module) => ({ default: module.BriefView })),
);

export function BriefPage(props: ComponentProps<typeof BriefViewType>) {
  return (
    <Suspense fallback={<p className="text-ink-muted">Loading your brief…</p>}>
      <BriefView {...props} />
    </Suspense>
  );
}
