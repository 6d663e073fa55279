import Link from "next/link";
import { navigation, site } from "@/lib/site";
import { NavLink } from "./nav-link.client";
import { ThemeToggle } from "./theme-toggle.client";
import { SearchButton } from "@/components/search/search-button.client";

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3 sm:px-6">
        <Link
          href="/"
          className="min-w-0 flex-1 py-2 font-semibold text-ink no-underline hover:underline"
        >
          {site.name}
        </Link>
        <SearchButton />
        <ThemeToggle />
        <nav aria-label="Main" className="w-full">
          <ul className="-mx-2 flex flex-wrap gap-x-1 gap-y-1">
            {navigation.map((item) => (
              <li key={item.href}>
                <NavLink href={item.href}>{item.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
