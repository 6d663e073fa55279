import { resultKicker } from "@/lib/search/definition";
import type { SearchHit } from "@/lib/search/query";
import { markTerms, snippet } from "@/lib/search/snippet";
import { Highlighted } from "./highlighted";

/** What one result shows: its type, title, where it belongs (or who said it) and a snippet. */
export function ResultBody({ hit }: { hit: SearchHit }) {
  const { record, terms } = hit;
  return (
    <>
      <span className="block text-xs font-semibold tracking-wide text-ink-muted uppercase">
        {resultKicker(record.type, record.context)}
      </span>
      <span className="block font-semibold text-accent underline-offset-2">
        <Highlighted parts={markTerms(record.title, terms)} />
      </span>
      {record.text ? (
        <span className="mt-1 block text-sm text-ink">
          <Highlighted parts={snippet(record.text, terms)} />
        </span>
      ) : null}
    </>
  );
}
