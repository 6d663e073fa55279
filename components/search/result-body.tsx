import type { SearchHit } from "@/lib/search/query";
import { describeHit } from "@/lib/search/snippet";
import { Highlighted } from "./highlighted";

/**
 * What one result shows: its type and where it belongs, its title (a quote's opening words, a
 * section's page and heading), who said it, the text around the match, and the words it lacks.
 * `passages` is the record's text, once fetched; until then the snippet is left out.
 */
export function ResultBody({ hit, passages }: { hit: SearchHit; passages?: readonly string[] }) {
  const view = describeHit(hit, passages);
  return (
    <>
      <span className="block text-xs font-semibold tracking-wide text-ink-muted uppercase">
        {view.kicker}
      </span>
      <span className="block font-semibold text-accent underline-offset-2">
        <Highlighted parts={view.title} />
      </span>
      {view.byline ? <span className="block text-sm text-ink-muted">{view.byline}</span> : null}
      {view.snippet && view.snippet.length > 0 ? (
        <span className="mt-1 block text-sm text-ink">
          <Highlighted parts={view.snippet} />
        </span>
      ) : null}
      {view.missing.length > 0 ? (
        <span className="mt-1 block text-xs text-ink-muted">
          Missing: {view.missing.join(", ")}
        </span>
      ) : null}
    </>
  );
}
