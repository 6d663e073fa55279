import type { Metadata } from "next";
import { Link } from "@/components/ui/link.client";
import { elementIcon, elementStyle } from "@/components/elements/element-theme";
import { getElements } from "@/lib/content/api";
import { routes } from "@/lib/content/routes";
import { numberInWords } from "@/lib/number-words";
import { getSite } from "@/lib/site-model/api";

export const metadata: Metadata = { title: "Page not found" };

/** Offers every main section (the header's list, plus home and sources) and each key element. */
export default function NotFound() {
  const elements = getElements();
  const sections = [
    { href: routes.home(), label: "Home" },
    ...getSite().navigation.map((item) =>
      item.href === routes.elements()
        ? { ...item, label: `All ${numberInWords(elements.length)} key elements` }
        : item,
    ),
    { href: routes.sources(), label: "Sources" },
  ];
  return (
    <div>
      <h1 className="font-bold">We can&rsquo;t find that page</h1>
      <p className="mt-4">
        The address may be mistyped, or the page may have moved. These pages might help:
      </p>
      <ul className="mt-6 space-y-2">
        {sections.map((section) => (
          <li key={section.href}>
            <Link href={section.href}>{section.label}</Link>
            {section.href === routes.elements() ? (
              <ul className="mt-2 space-y-1">
                {elements.map((element) => {
                  const Icon = elementIcon(element);
                  return (
                    <li
                      key={element.slug}
                      data-element=""
                      style={elementStyle(element)}
                      className="flex items-center gap-2"
                    >
                      <Icon aria-hidden="true" className="size-5 shrink-0 text-(--el)" />
                      <Link href={routes.element(element.slug)}>
                        {element.number}. {element.title}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
