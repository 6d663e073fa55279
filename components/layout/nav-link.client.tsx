"use client";

import { Link } from "@/components/ui/link.client";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** A main-navigation link that tells the reader, visually and to assistive technology, where they are. */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className="inline-flex min-h-11 items-center rounded-md px-2 font-medium no-underline underline-offset-4 hover:underline aria-[current=page]:text-ink aria-[current=page]:underline aria-[current=page]:decoration-2"
    >
      {children}
    </Link>
  );
}
