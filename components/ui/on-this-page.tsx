/**
 * An "On this page" contents list for long pages: in-page links to each section's anchor.
 * `compact` sets it in two columns on narrow screens and, from the lg breakpoint, as a narrow
 * column that stays in view beside the text (the page puts it in a side column).
 */
export function OnThisPage({
  items,
  compact = false,
  className = "",
}: {
  items: { id: string; label: string }[];
  compact?: boolean;
  className?: string;
}) {
  if (items.length < 2) return null;
  return (
    <nav
      aria-labelledby="on-this-page"
      className={
        compact
          ? `rounded-lg border border-line bg-surface px-4 py-3 lg:sticky lg:top-6 lg:max-h-[calc(100vh-3rem)] lg:overflow-y-auto lg:border-0 lg:border-l-2 lg:bg-transparent lg:py-1 ${className}`
          : `mb-10 max-w-(--measure) rounded-lg border border-line bg-surface p-4 sm:p-5 ${className}`
      }
    >
      <h2 id="on-this-page" className="font-bold">
        On this page
      </h2>
      <ol
        className={
          compact
            ? "mt-1 list-none columns-2 gap-x-4 p-0 text-sm lg:columns-1"
            : "mt-2 list-decimal space-y-1 pl-6 marker:text-ink-muted"
        }
      >
        {items.map((item) => (
          <li key={item.id} className={compact ? "break-inside-avoid" : undefined}>
            {/* In the compact list each link is a target of its own, 24 px tall at least. */}
            <a
              href={`#${item.id}`}
              className={compact ? "inline-block py-1 leading-snug" : undefined}
            >
              {item.label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
