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
    <ol className="relative list-none space-y-8 border-l-2 border-line p-0 pl-6">
      {events.map((event) => (
        <li key={event.slug} id={event.slug} className="relative">
          <span
            aria-hidden="true"
            className={`absolute top-1.5 -left-[1.95rem] size-3.5 rounded-full border-2 border-canvas ${event.track === "study" ? "bg-accent" : "bg-ink-muted"}`}
          />
          <p className="text-sm font-semibold text-ink-muted">
            <DateText iso={event.date} precision={event.precision} />
            <span className="font-normal"> · {trackLabels[event.track]}</span>
          </p>
          <h3 className="text-lg font-bold">{event.title}</h3>
          <p className="mt-1">{event.description}</p>
          <p className="mt-1 text-sm text-ink-muted">
            Source:{" "}
            {event.sources.map((slug, index) => {
              const source = sourceFor(slug);
              return source ? (
                <span key={slug}>
                  {index > 0 ? "; " : ""}
                  <a href={source.url}>{source.title}</a> ({source.publisher})
                </span>
              ) : null;
            })}
          </p>
        </li>
      ))}
    </ol>
  );
}
