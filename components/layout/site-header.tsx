import { Link } from "@/components/ui/link.client";
import { routes } from "@/lib/content/routes";
import { site } from "@/lib/site";
import { NavLink } from "./nav-link.client";
import { PrintAddress } from "./print-address.client";
import { QuickExit } from "./quick-exit.client";
import { SiteMenu } from "./site-menu.client";
import { ThemeToggle } from "./theme-toggle.client";
import { SearchButton } from "@/components/search/search-button.client";
import { BriefLink, BriefMenuItem } from "@/components/brief/brief-link";

/**
 * A compact header. On small screens the navigation sits behind a disclosure (SiteMenu, a
 * <details>), which works without JavaScript; from `sm` up the list is always shown and the
 * button is hidden. On paper only the site's name and the page's address are printed.
 */
export function SiteHeader({
  navigation,
}: {
  navigation: readonly { href: string; label: string }[];
}) {
  return (
    <header className="border-b border-line bg-surface print:border-0 print:bg-transparent">
      {/* "Leave this site" comes first in the tab order, straight after the skip link. On a
          phone it sits beside the site's name with the controls on a second line; from `sm` up
          everything shares one line above the navigation. */}
      <div className="relative mx-auto flex max-w-5xl flex-wrap items-center gap-x-2 gap-y-0.5 px-4 py-1 sm:px-6 sm:py-2 print:hidden">
        <div className="order-2 shrink-0 sm:order-4">
          <QuickExit url={site.quickExitUrl} />
        </div>
        <Link
          href={routes.home()}
          className="order-1 mr-auto min-w-0 flex-1 py-1 text-sm leading-tight font-semibold sm:text-base text-ink no-underline hover:underline"
        >
          {site.name}
        </Link>
        <div aria-hidden="true" className="order-3 basis-full sm:hidden" />
        <div className="order-4 ml-auto flex items-center gap-2 sm:order-2">
          <BriefLink href={routes.brief()} />
          <SearchButton />
          <ThemeToggle />
        </div>
        <SiteMenu>
          <nav
            aria-label="Main"
            className="absolute inset-x-0 top-full z-40 border-b border-line bg-surface px-4 pb-3 shadow-md sm:static sm:border-0 sm:p-0 sm:shadow-none"
          >
            <ul className="flex flex-col sm:-mx-2 sm:flex-row sm:flex-wrap sm:gap-x-1">
              {navigation.map((item) => (
                <li key={item.href}>
                  <NavLink href={item.href}>{item.label}</NavLink>
                </li>
              ))}
              <BriefMenuItem href={routes.brief()} />
            </ul>
          </nav>
        </SiteMenu>
      </div>
      <PrintAddress siteName={site.name} origin={site.url} />
    </header>
  );
}
