import type { Source, TimelineEvent } from "@/lib/content/schemas";
import { DateText } from "@/components/ui/date-text";

const trackLabels: Record<TimelineEvent["track"], string> = {
  study: "The study",
  policy: "Policy context",
};

/** The study's milestones and the policy around them, in date order, each with its source. */
export function Timeline({
  events,
  sourceFor,
}: {
  events: TimelineEvent[];
  sourceFor: (slug: string) => Source | undefined;
}) {
  return (
    <ol className="relative ml-2 list-none space-y-8 border-l-4 border-line p-0 pl-7 sm:ml-4">
      {events.map((event) => (
        <li key={event.slug} id={event.slug} className="relative">
          <span
            aria-hidden="true"
            className={`absolute top-0.5 -left-[2.6rem] size-6 rounded-full border-4 border-canvas ${event.track === "study" ? "bg-accent" : "bg-ink-muted"}`}
          />
          <p
            className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${event.track === "study" ? "bg-accent-soft text-ink" : "bg-surface-strong text-ink"}`}
          >
            <DateText iso={event.date} precision={event.precision} />
            <span className="font-normal"> · {trackLabels[event.track]}</span>
          </p>
          <h3 className="mt-2 font-bold">{event.title}</h3>
          <p className="mt-1">{event.description}</p>
          <p className="mt-1 text-sm text-ink-muted">
            Source:{" "}
            {event.sources.map((slug, index) => {
              const source = sourceFor(slug);
              return source ? (
                <span key={slug}>
                  {index > 0 ? "; " : ""}
                  <a href={source.url} className="inline-block min-h-6">
                    {source.title}
                  </a>{" "}
                  ({source.publisher})
                </span>
              ) : null;
            })}
          </p>
        </li>
      ))}
    </ol>
  );
}
