import type { Metadata } from "next";
import Link from "next/link";
import { getElements } from "@/lib/content/api";
import { routes } from "@/lib/content/routes";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  const elements = getElements();
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold sm:text-4xl">We can&rsquo;t find that page</h1>
      <p className="mt-4 text-lg">
        The address may be mistyped, or the page may have moved. These pages might help:
      </p>
      <ul className="mt-6 space-y-2 text-lg">
        <li>
          <Link href={routes.home()}>Home</Link>
        </li>
        <li>
          <Link href={routes.elements()}>All eight key elements</Link>
          <ul className="mt-2 ml-6 list-disc space-y-1 text-base">
            {elements.map((element) => (
              <li key={element.slug}>
                <Link href={routes.element(element.slug)}>
                  {element.number}. {element.title}
                </Link>
              </li>
            ))}
          </ul>
        </li>
        <li>
          <Link href={routes.quotes()}>Quotes</Link>
        </li>
        <li>
          <Link href={routes.page("about")}>About the study</Link>
        </li>
      </ul>
    </div>
  );
}
