/** An "On this page" contents list for long pages: in-page links to each section's anchor. */
export function OnThisPage({ items }: { items: { id: string; label: string }[] }) {
  if (items.length < 2) return null;
  return (
    <nav
      aria-labelledby="on-this-page"
      className="mb-10 max-w-(--measure) rounded-lg border border-line bg-surface p-4 sm:p-5"
    >
      <h2 id="on-this-page" className="font-bold">
        On this page
      </h2>
      <ol className="mt-2 list-decimal space-y-1 pl-6 marker:text-ink-muted">
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`}>{item.label}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
