"use client";

import { useStoredBrief } from "./use-brief";

/** " (3 items)": how many items the brief holds ("items" for screen readers), or nothing. */
export default function BriefCount() {
  const count = useStoredBrief()?.items.length ?? 0;
  if (count === 0) return null;
  return (
    <>
      {` (${count}`}
      <span className="sr-only">{count === 1 ? " item" : " items"}</span>
      {")"}
    </>
  );
}
