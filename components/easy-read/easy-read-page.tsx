import type { CSSProperties, ReactNode } from "react";
import { BookOpenText } from "lucide-react";
import { LastUpdated } from "@/components/changes/last-updated";
import { Link } from "@/components/ui/link.client";
import { Pager, type PagerStep } from "@/components/ui/pager";
import type { ChangeNote, EasyReadIcon } from "@/lib/content/schemas";
import { EasyReadPoints } from "./easy-read-points";

/**
 * The frame every Easy Read page shares: large type and room around it, the heading, the points,
 * the way to the full page, and anything after (the list of key elements, help, a pager). It
 * stands alone on paper too (the easy-read rules in app/globals.css).
 */
export function EasyReadPage({
  eyebrow,
  title,
  points,
  colourStyle,
  full,
  changes = [],
  children,
}: {
  eyebrow: string;
  title: string;
  points: readonly { text: string; icon: EasyReadIcon }[];
  /** A key element's colours (elementStyle), for its page. */
  colourStyle?: CSSProperties;
  /** The page this one retells, in full, with harder words. */
  full: { href: string; label: string };
  changes?: readonly ChangeNote[];
  children?: ReactNode;
}) {
  return (
    <article className="easy-read max-w-3xl">
      <header
        className={`mb-10 sm:mb-12 ${colourStyle ? "border-l-4 border-(--el) pl-4 sm:pl-6" : ""}`}
        data-element={colourStyle ? "" : undefined}
        style={colourStyle}
      >
        <p
          className={`mb-3 flex items-center gap-2 text-lg font-semibold ${colourStyle ? "text-(--el)" : "text-accent"}`}
        >
          <BookOpenText aria-hidden="true" className="size-7 shrink-0" />
          {eyebrow}
        </p>
        <h1 className="easy-read-title font-bold text-balance">{title}</h1>
        <LastUpdated changes={changes} className="mt-4" />
      </header>
      <EasyReadPoints points={points} {...(colourStyle ? { colourStyle } : {})} />
      <p className="easy-read-full mt-12 text-xl">
        <Link href={full.href} className="inline-flex min-h-11 items-center font-semibold">
          {full.label}
        </Link>
      </p>
      {children}
    </article>
  );
}

/** Back and forth between the key elements' Easy Read pages, and back to the first one. */
export function EasyReadPager({
  previous,
  next,
  indexHref,
}: {
  previous?: PagerStep;
  next?: PagerStep;
  indexHref: string;
}) {
  return (
    <div className="easy-read-pager text-lg">
      <Pager
        label="Easy Read pages"
        previous={previous}
        next={next}
        previousLabel="Before this"
        nextLabel="Next"
        all={{ href: indexHref, label: "All the Easy Read pages" }}
      />
    </div>
  );
}
