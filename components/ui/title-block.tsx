import type { CSSProperties, ReactNode } from "react";

/**
 * A page's title block: an eyebrow, the one <h1>, a lead, and anything after it. With `accent`
 * it carries a colour (CSS variables in `style`, read as --el) and an icon beside the eyebrow.
 */
export function TitleBlock({
  eyebrow,
  title,
  lead,
  accent,
  children,
}: {
  eyebrow?: ReactNode;
  title: ReactNode;
  lead?: ReactNode;
  accent?: { style: CSSProperties; icon: ReactNode };
  children?: ReactNode;
}) {
  return (
    <header
      data-element={accent ? "" : undefined}
      style={accent?.style}
      className={`mb-10 ${accent ? "border-l-4 border-(--el) pl-4 sm:pl-6" : ""}`}
    >
      {eyebrow ? (
        <p
          className={`mb-2 flex items-center gap-2 text-sm font-semibold tracking-wide uppercase ${accent ? "text-(--el)" : "text-ink-muted"}`}
        >
          {accent?.icon}
          {eyebrow}
        </p>
      ) : null}
      <h1 className="font-bold text-balance">{title}</h1>
      {lead ? <div className="mt-4 max-w-(--measure) text-ink-muted">{lead}</div> : null}
      {children}
    </header>
  );
}
