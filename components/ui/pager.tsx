import Link from "next/link";

/** One side of a pager: where it goes, what to call the step, and the page's name. */
export interface PagerStep {
  href: string;
  title: string;
}

function PagerLink({ step, rel, label }: { step: PagerStep; rel: "prev" | "next"; label: string }) {
  return (
    <Link
      href={step.href}
      rel={rel}
      className={`flex min-h-11 flex-col rounded-lg border border-line p-3 no-underline hover:border-accent sm:p-4 ${rel === "next" ? "sm:items-end sm:text-right" : ""}`}
    >
      <span className="text-sm text-ink-muted">{rel === "prev" ? `← ${label}` : `${label} →`}</span>
      <span className="font-semibold underline underline-offset-4">{step.title}</span>
    </Link>
  );
}

/**
 * Previous and next in a sequence, and a link to the whole list: the one pager that element,
 * finding and quote pages share.
 */
export function Pager({
  label,
  previous,
  next,
  previousLabel,
  nextLabel,
  all,
}: {
  /** The navigation landmark's name ("Key elements"). */
  label: string;
  previous?: PagerStep;
  next?: PagerStep;
  previousLabel: string;
  nextLabel: string;
  all: { href: string; label: string };
}) {
  return (
    <nav aria-label={label} className="mt-12 border-t border-line pt-6 sm:mt-16 sm:pt-8">
      {/* Stacked on a phone: a quote's opening words are too long for half of a 320 px screen. */}
      <div className="grid gap-3 sm:grid-cols-2 sm:gap-4">
        <div>
          {previous ? <PagerLink step={previous} rel="prev" label={previousLabel} /> : null}
        </div>
        <div>{next ? <PagerLink step={next} rel="next" label={nextLabel} /> : null}</div>
      </div>
      <p className="mt-6">
        <Link href={all.href} className="inline-flex min-h-6 items-center font-semibold">
          {all.label}
        </Link>
      </p>
    </nav>
  );
}
