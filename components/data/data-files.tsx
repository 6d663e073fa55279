import { SourceCitation } from "@/components/sources/source-list";
import { Link } from "@/components/ui/link.client";
import { Section } from "@/components/ui/section";
import { type DataFileGroup, dataReuse } from "@/lib/data/catalogue";
import type { Source } from "@/lib/content/schemas";

/** One file, or a pair holding the same records: where to get it, what it holds, cite, reuse. */
export function DataFileSection({ group }: { group: DataFileGroup }) {
  return (
    <Section id={group.id} title={group.title} className="max-w-3xl">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {group.files.map((file) => (
          <li key={file.path}>
            <a
              href={file.path}
              download={file.feed ? undefined : true}
              className="inline-flex min-h-6 items-center font-semibold"
            >
              {file.name}
            </a>{" "}
            <span className="text-ink-muted">({file.format})</span>
          </li>
        ))}
      </ul>
      <p className="mt-4">{group.purpose}</p>
      {group.fieldSets.map((set) => (
        <div key={set.title} className="mt-5">
          <details className="max-w-(--measure) rounded-lg border border-line bg-surface">
            <summary className="min-h-6 cursor-pointer px-4 py-3 font-semibold">
              {set.title} ({set.fields.length})
            </summary>
            <dl className="grid gap-x-6 gap-y-3 border-t border-line p-4 sm:grid-cols-[minmax(9rem,auto)_1fr]">
              {set.fields.map((field) => (
                <div key={field.name} className="contents">
                  <dt>
                    <code className="font-semibold break-words">{field.name}</code>
                  </dt>
                  <dd className="-mt-2 text-ink-muted sm:mt-0">{field.about}</dd>
                </div>
              ))}
            </dl>
          </details>
          {set.notes?.map((note) => (
            <p key={note} className="mt-3">
              {note}
            </p>
          ))}
        </div>
      ))}
      <h3 className="mt-6 mb-1 font-bold">How to cite it</h3>
      <p>
        {group.cite}
        {group.citeSee ? (
          <>
            {" "}
            See <Link href={group.citeSee.href}>{group.citeSee.label}</Link>.
          </>
        ) : null}
      </p>
      <h3 className="mt-5 mb-1 font-bold">Reuse</h3>
      <p>{group.reuse}</p>
    </Section>
  );
}

/**
 * What may be reused, said plainly: the speakers' words are theirs, published in the release,
 * and the site cannot license them; the site's own words carry no licence it does not state.
 */
export function DataReuse({
  id,
  release,
  publisher,
}: {
  id: string;
  release?: Pick<Source, "title" | "url" | "publisher" | "date">;
  publisher?: string;
}) {
  const reuse = dataReuse(publisher);
  return (
    <Section id={id} title={reuse.title} className="max-w-3xl">
      <ul className="list-disc space-y-3 pl-6">
        <li>
          {reuse.quotes.beforeRelease}
          {release ? (
            <>
              , <SourceCitation source={release} />
            </>
          ) : null}
          {reuse.quotes.afterRelease}
        </li>
        {reuse.others.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </Section>
  );
}
