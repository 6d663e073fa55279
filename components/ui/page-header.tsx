import type { ReactNode } from "react";
import { LastUpdated } from "@/components/changes/last-updated";
import { elementStyle, elementTheme } from "@/components/elements/element-theme";
import type { ChangeNote } from "@/lib/content/schemas";

/**
 * A page's title block. With `element` (a slug) it carries that element's colour and icon; with
 * `changes`, the page's "Last updated" line and its change notes.
 */
export function PageHeader({
  eyebrow,
  title,
  lead,
  element,
  changes = [],
}: {
  eyebrow?: ReactNode;
  title: ReactNode;
  lead?: ReactNode;
  element?: string;
  changes?: readonly ChangeNote[];
}) {
  const Icon = element ? elementTheme(element).icon : null;
  return (
    <header
      data-element={element ? "" : undefined}
      style={element ? elementStyle(element) : undefined}
      className={`mb-10 ${element ? "border-l-4 border-(--el) pl-4 sm:pl-6" : ""}`}
    >
      {eyebrow ? (
        <p
          className={`mb-2 flex items-center gap-2 text-sm font-semibold tracking-wide uppercase ${element ? "text-(--el)" : "text-ink-muted"}`}
        >
          {Icon ? <Icon aria-hidden="true" className="size-6 shrink-0" /> : null}
          {eyebrow}
        </p>
      ) : null}
      <h1 className="font-bold text-balance">{title}</h1>
      {lead ? <div className="mt-4 max-w-(--measure) text-ink-muted">{lead}</div> : null}
      <LastUpdated changes={changes} className="mt-4" />
    </header>
  );
}
