import { BookOpenText } from "lucide-react";
import { Link } from "@/components/ui/link.client";
import { routes } from "@/lib/content/routes";

/** On a key element's page: the way to the same element in Easy Read. */
export function EasyReadLink({ slug, className = "" }: { slug: string; className?: string }) {
  return (
    <p className={`easy-read-link ${className}`}>
      <Link
        href={routes.easyReadElement(slug)}
        className="inline-flex min-h-11 items-center gap-2 font-semibold"
      >
        <BookOpenText aria-hidden="true" className="size-6 shrink-0" />
        Read this in Easy Read
      </Link>
    </p>
  );
}
