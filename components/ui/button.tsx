import { Link } from "@/components/ui/link.client";
import type { ReactNode } from "react";

const base =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-5 font-semibold no-underline";

export const buttonClass = {
  primary: `${base} bg-accent text-canvas hover:bg-accent-strong hover:text-canvas`,
  secondary: `${base} border border-line bg-canvas text-accent hover:border-accent`,
} as const;

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
