import type { ReactNode } from "react";

/** A titled region of a page; its id is a stable anchor that links may point at. */
export function Section({
  id,
  title,
  children,
  className = "",
}: {
  id: string;
  title: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className={`mt-10 sm:mt-12 ${className}`}>
      <h2 id={headingId} className="mb-5 text-2xl leading-tight font-bold sm:text-3xl">
        {title}
      </h2>
      {children}
    </section>
  );
}
