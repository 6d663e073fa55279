import { NavLink } from "@/components/layout/nav-link.client";
import { Link } from "@/components/ui/link.client";
import { BriefCountSlot } from "./brief-count-slot.client";

/** The number of items, in a slot of fixed width so that it moves nothing when it appears. */
const Count = () => (
  <span className="inline-block min-w-[4.5ch] whitespace-pre tabular-nums">
    <BriefCountSlot />
  </span>
);

/**
 * The header's link to the reader's brief, always shown so that it never moves the header:
 * "Brief" with the number of items beside it ("Brief (3)"), empty while the brief is empty. From
 * `sm` up it sits beside search; on a phone, where that row is full, it is the last entry of the
 * menu (BriefMenuItem). The number is only known in the browser, and its code is fetched as the
 * page hydrates (BriefCountSlot), not with the page.
 */
export function BriefLink({ href }: { href: string }) {
  return (
    <Link
      href={href}
      className="inline-flex min-h-11 items-center rounded-md border border-line pr-1 pl-3 text-sm font-medium text-ink no-underline hover:bg-surface-strong max-sm:hidden"
    >
      Brief
      <Count />
    </Link>
  );
}

/** The brief in the phone's menu, as one of its entries; hidden from `sm` up. */
export function BriefMenuItem({ href }: { href: string }) {
  return (
    <li className="sm:hidden">
      <NavLink href={href}>
        Your brief
        <Count />
      </NavLink>
    </li>
  );
}
