import { ChevronDown } from "lucide-react";
import { Link } from "@/components/ui/link.client";
import type { ReactNode } from "react";

const base =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-5 font-semibold no-underline";

export const buttonClass = {
  primary: `${base} bg-accent text-canvas hover:bg-accent-strong hover:text-canvas`,
  secondary: `${base} border border-line bg-canvas text-accent hover:border-accent`,
} as const;

/** The summary of a disclosure that opens a secondary tool ("Embed", the citations): a quiet button. */
export const disclosureSummaryClass =
  "inline-flex min-h-11 cursor-pointer items-center gap-1.5 rounded-md border border-line px-3 text-sm font-medium text-ink hover:bg-surface";

/** The sign that a disclosure opens, turned over when it is open (its <details> has "group"). */
export function DisclosureChevron() {
  return (
    <ChevronDown
      aria-hidden="true"
      className="size-4 shrink-0 transition-transform group-open:rotate-180 motion-reduce:transition-none"
    />
  );
}

/** A link that looks like a button: for the few main calls to action on a page. */
export function ButtonLink({
  href,
  children,
  variant = "primary",
}: {
  href: string;
  children: ReactNode;
  variant?: keyof typeof buttonClass;
}) {
  return (
    <Link href={href} className={buttonClass[variant]}>
      {children}
    </Link>
  );
}
