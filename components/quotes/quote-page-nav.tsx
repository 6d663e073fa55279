import { Link } from "@/components/ui/link.client";
import { routes } from "@/lib/content/routes";

const linkClass =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-line px-3 font-semibold no-underline hover:border-accent";

/**
 * Links to every page of the quotes, with the current one marked. Rendered only where the quotes
 * run over more than one page. No hooks: the server and the client browser both render it.
 */
export function QuotePageNav({ page, pageCount }: { page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pages of quotes" className="mt-12 border-t border-line pt-6">
      <ul className="flex list-none flex-wrap items-center gap-2 p-0">
        {page > 1 ? (
          <li>
            <Link href={routes.quotesPage(page - 1)} rel="prev" className={linkClass}>
              ← Previous page
            </Link>
          </li>
        ) : null}
        {Array.from({ length: pageCount }, (_, i) => i + 1).map((n) => (
          <li key={n}>
            {n === page ? (
              <span aria-current="page" className={`${linkClass} border-accent bg-surface`}>
                <span className="sr-only">Page </span>
                {n}
              </span>
            ) : (
              <Link href={routes.quotesPage(n)} className={linkClass}>
                <span className="sr-only">Page </span>
                {n}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <Link href={routes.quotesPage(page + 1)} rel="next" className={linkClass}>
              Next page →
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
