import Link from "next/link";
import type { ElementSummary } from "@/lib/content/api";
import { routes } from "@/lib/content/routes";

function PagerLink({ element, rel }: { element: ElementSummary; rel: "prev" | "next" }) {
  const label = rel === "prev" ? "Previous element" : "Next element";
  return (
    <Link
      href={routes.element(element.slug)}
      rel={rel}
      className={`flex min-h-11 flex-col rounded-lg border border-line p-4 no-underline hover:border-accent ${rel === "next" ? "sm:items-end sm:text-right" : ""}`}
    >
      <span className="text-sm text-ink-muted">
        {rel === "prev" ? "← " : ""}
        {label}
        {rel === "next" ? " →" : ""}
      </span>
      <span className="font-semibold underline underline-offset-4">
        {element.number}. {element.title}
      </span>
    </Link>
  );
}

export function ElementPager({
  previous,
  next,
}: {
  previous?: ElementSummary;
  next?: ElementSummary;
}) {
  return (
    <nav aria-label="Key elements" className="mt-16 border-t border-line pt-8">
      <div className="grid gap-4 sm:grid-cols-2">
        <div>{previous ? <PagerLink element={previous} rel="prev" /> : null}</div>
        <div>{next ? <PagerLink element={next} rel="next" /> : null}</div>
      </div>
      <p className="mt-6">
        <Link href={routes.elements()} className="font-semibold">
          All eight key elements
        </Link>
      </p>
    </nav>
  );
}
