"use client";

import { useState } from "react";
import { STORE_MAX_ITEMS, toggleItem } from "@/lib/brief/store";
import { useStoredBrief } from "./use-brief";

type Kind = "quote" | "element" | "finding";

/**
 * "Add to brief" for one quote, finding or key element. It says what pressing it will do ("Add
 * to brief", then "Remove from brief") and announces each change politely. `name` says which
 * item, for screen readers, where a list holds many buttons. Disabled until hydration: the brief
 * lives in this browser only (lib/brief/store.ts).
 */
export function AddToBrief({
  kind,
  id,
  name,
  className = "",
}: {
  kind: Kind;
  id: string;
  name?: string;
  className?: string;
}) {
  // The key's letter is the kind's first, as briefKey (lib/brief/address.ts) writes it; not
  // imported, as that module would add half a kilobyte to the first load of every page with this button.
  const item = `${kind[0]}:${id}`;
  const brief = useStoredBrief();
  const [message, setMessage] = useState("");
  const inBrief = brief?.items.includes(item) ?? false;
  return (
    <span className={`inline-flex items-center print:hidden ${className}`}>
      <button
        type="button"
        disabled={!brief}
        data-brief-item={item}
        onClick={() => {
          const count = (brief?.items.length ?? 0) + (inBrief ? -1 : 1);
          setMessage(
            !toggleItem(item)
              ? `Your brief is full (${STORE_MAX_ITEMS} items) or this browser will not keep it.`
              : inBrief
                ? `Removed from your brief (${count} left).`
                : `Added to your brief (${count} in all).`,
          );
        }}
        className="inline-flex min-h-11 items-center rounded-md border border-line px-3 text-sm font-medium text-ink hover:bg-surface-strong disabled:opacity-70"
      >
        {inBrief ? "Remove from brief" : "Add to brief"}
        {name ? <span className="sr-only">: {name}</span> : null}
      </button>
      <span role="status" className="sr-only">
        {message}
      </span>
    </span>
  );
}

/**
 * The same for a search result, where it is one of the three kinds (the id is its page's last
 * segment), named by its title, or for a quote (whose result has no title) by its speaker.
 */
export function AddResultToBrief({
  record,
}: {
  record: { type: string; url: string; title: string; context: string };
}) {
  const { type } = record;
  if (type !== "quote" && type !== "element" && type !== "finding") return null;
  const id = record.url.split(/[?#]/)[0]?.split("/").pop();
  const name = type === "quote" ? `quote by ${record.context}` : record.title;
  return id ? <AddToBrief kind={type} id={id} name={name} className="mt-2" /> : null;
}
