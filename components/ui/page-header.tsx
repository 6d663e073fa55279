import type { ReactNode } from "react";

export function PageHeader({
  eyebrow,
  title,
  lead,
}: {
  eyebrow?: ReactNode;
  title: ReactNode;
  lead?: ReactNode;
}) {
  return (
    <header className="mb-10 max-w-3xl">
      {eyebrow ? (
        <p className="mb-2 text-sm font-semibold tracking-wide text-ink-muted uppercase">
          {eyebrow}
        </p>
      ) : null}
      <h1 className="text-3xl leading-tight font-bold text-balance sm:text-4xl">{title}</h1>
      {lead ? <div className="mt-4 text-lg text-ink-muted">{lead}</div> : null}
    </header>
  );
}
