"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { CopyButton } from "@/components/ui/copy-button.client";
import { Link } from "@/components/ui/link.client";
import {
  BRIEF_MAX_ITEMS,
  BRIEF_MAX_NOTE,
  BRIEF_MAX_TITLE,
  moveItem,
  parseBriefQuery,
  resolveKeys,
  sanitizeBrief,
  serializeBriefQuery,
  type BriefKey,
  type BriefState,
  type ParsedBrief,
} from "@/lib/brief/address";
import {
  briefDocument,
  CITATION_STYLES,
  type BriefDocument,
  type CitationStyle,
  sourceText,
} from "@/lib/brief/document";
import { briefFileName, briefMarkdown } from "@/lib/brief/markdown";
import { writeBrief } from "@/lib/brief/store";
import type { BriefData, BriefItem } from "@/lib/brief/types";
import { useStoredBrief } from "./use-brief";

const control =
  "inline-flex min-h-11 items-center justify-center rounded-md border border-line bg-canvas px-3 text-sm font-medium text-ink hover:bg-surface-strong disabled:opacity-60";
const field =
  "mt-1 block w-full rounded-md border border-line bg-canvas px-3 py-2 text-base text-ink";

type Load = { state: "loading" } | { state: "failed" } | { state: "ready"; data: BriefData };

/** Saves a file the page made, under the given name. */
function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const quoted = (values: readonly string[]) => values.map((v) => `“${v}”`).join(", ");

/**
 * The reader's brief: the items they chose (kept in this browser), or a brief opened from a
 * link (`?items=…`), shown as one document with its controls. A brief from a link is never
 * saved over the reader's own without them choosing to: see the rule in README ("The brief").
 */
export function BriefView({
  dataUrl,
  briefPath,
  browse,
}: {
  /** The static file with every item's words (routes.briefData()). */
  dataUrl: string;
  briefPath: string;
  /** Where items can be added from, for the empty brief. */
  browse: { elements: string; findings: string; quotes: string; search: string };
}) {
  const stored = useStoredBrief();
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [shared, setShared] = useState<ParsedBrief | null>(null);
  const [addressRead, setAddressRead] = useState(false);
  const [style, setStyle] = useState<CitationStyle>("harvard");
  const [announcement, setAnnouncement] = useState("");
  const [busy, setBusy] = useState(false);
  const focusAfter = useRef<string | null>(null);

  useEffect(() => {
    const parsed = parseBriefQuery(window.location.search);
    // A decision made once, from the address the page was opened with.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setShared(parsed.present ? parsed : null);
    setAddressRead(true);
    let live = true;
    fetch(dataUrl)
      .then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        return response.json() as Promise<BriefData>;
      })
      .then((data) => live && setLoad({ state: "ready", data }))
      .catch(() => live && setLoad({ state: "failed" }));
    return () => {
      live = false;
    };
  }, [dataUrl]);

  const own: BriefState = useMemo(() => sanitizeBrief(stored ?? {}), [stored]);
  const brief: BriefState = shared ?? own;
  const byKey = useMemo(
    () =>
      load.state === "ready"
        ? new Map(load.data.items.map((item) => [item.key, item]))
        : new Map<string, BriefItem>(),
    [load],
  );
  const { found, unknown } = resolveKeys(brief.items, (key) => byKey.get(key));
  const [today] = useState(() => new Date());
  const doc: BriefDocument | null =
    load.state === "ready"
      ? briefDocument(found, {
          title: brief.title,
          note: brief.note,
          style,
          date: today,
          site: load.data.site,
        })
      : null;

  useEffect(() => {
    const id = focusAfter.current;
    focusAfter.current = null;
    if (id) document.getElementById(id)?.focus();
  });

  if (!addressRead || stored === null) {
    return <p className="text-ink-muted">Loading your brief…</p>;
  }

  const save = (next: BriefState) => writeBrief(next);
  const editing = shared === null;
  const shareHref = `${briefPath}${serializeBriefQuery({ ...brief, items: found.map((i) => i.key) })}`;

  function move(index: number, by: -1 | 1) {
    const item = found[index];
    if (!item) return;
    const keys = found.map((i) => i.key);
    const items = moveItem(keys, index, by);
    save({ ...own, items: [...items, ...unknown] });
    const place = index + by + 1;
    setAnnouncement(
      `Moved ${by < 0 ? "up" : "down"}: ${item.label}. Now ${place} of ${keys.length}.`,
    );
    // Keep focus on the item: on the same button, or the other one where this one is now off.
    const atEdge = by < 0 ? place === 1 : place === keys.length;
    focusAfter.current = `brief-${atEdge ? (by < 0 ? "down" : "up") : by < 0 ? "up" : "down"}-${item.key}`;
  }

  function remove(index: number) {
    const item = found[index];
    if (!item) return;
    save({ ...own, items: own.items.filter((k) => k !== item.key) });
    setAnnouncement(`Removed from your brief: ${item.label}.`);
    const next = found[index + 1] ?? found[index - 1];
    focusAfter.current = next ? `brief-remove-${next.key}` : "brief-document";
  }

  function adopt(how: "replace" | "merge") {
    if (!shared) return;
    const items: BriefKey[] =
      how === "replace"
        ? found.map((i) => i.key)
        : [...new Set([...own.items, ...found.map((i) => i.key)])].slice(0, BRIEF_MAX_ITEMS);
    save({
      items,
      title: how === "replace" || !own.title ? shared.title : own.title,
      note: how === "replace" || !own.note ? shared.note : own.note,
    });
    window.history.replaceState(null, "", briefPath);
    setShared(null);
    setAnnouncement(
      how === "replace" ? "This brief is now yours." : "Its items were added to your brief.",
    );
    focusAfter.current = "brief-document";
  }

  async function downloadWord() {
    if (!doc) return;
    setBusy(true);
    try {
      const { briefDocxBlob } = await import("@/lib/brief/docx");
      download(await briefDocxBlob(doc), briefFileName(doc.title, "docx"));
      setAnnouncement("Word file made.");
    } catch {
      setAnnouncement("The Word file could not be made. Try again, or download Markdown.");
    } finally {
      setBusy(false);
    }
  }

  function downloadMarkdown() {
    if (!doc) return;
    download(
      new Blob([briefMarkdown(doc)], { type: "text/markdown;charset=utf-8" }),
      briefFileName(doc.title, "md"),
    );
    setAnnouncement("Markdown file made.");
  }

  const problems: string[] = [];
  if (shared && shared.malformed.length > 0) {
    problems.push(
      `The link held ${shared.malformed.length === 1 ? "an entry" : "entries"} this site cannot read, skipped: ${quoted(shared.malformed)}. Items look like q:<quote>, e:<element> or f:<finding>.`,
    );
  }
  if (load.state === "ready" && unknown.length > 0) {
    problems.push(
      `No quote, finding or key element on this site has ${unknown.length === 1 ? "this key" : "these keys"}, so ${unknown.length === 1 ? "it was" : "they were"} skipped: ${quoted(unknown)}.`,
    );
  }
  if (shared && shared.dropped > 0) {
    problems.push(
      `The link listed ${shared.dropped + BRIEF_MAX_ITEMS} items; a brief holds at most ${BRIEF_MAX_ITEMS}, so only the first ${BRIEF_MAX_ITEMS} are shown.`,
    );
  }

  return (
    <div>
      <p role="status" className="sr-only">
        {announcement}
      </p>

      {shared ? (
        <section
          aria-labelledby="brief-shared"
          className="mb-8 rounded-lg border border-line bg-surface p-4 print:hidden"
        >
          <h2 id="brief-shared" className="text-lg font-bold">
            A brief from a link
          </h2>
          <p className="mt-1">
            This brief came from its address. It is not saved in this browser
            {own.items.length > 0
              ? `, and your own brief (${own.items.length} ${own.items.length === 1 ? "item" : "items"}) is kept as it is until you choose.`
              : "."}
          </p>
          <div className="mt-3 flex flex-wrap gap-2">
            {own.items.length === 0 ? (
              <button type="button" className={control} onClick={() => adopt("replace")}>
                Save as my brief
              </button>
            ) : (
              <>
                <button type="button" className={control} onClick={() => adopt("merge")}>
                  Add these to my brief
                </button>
                <button type="button" className={control} onClick={() => adopt("replace")}>
                  Replace my brief with this one
                </button>
                <Link href={briefPath} className={`${control} no-underline`}>
                  Show my brief instead
                </Link>
              </>
            )}
          </div>
        </section>
      ) : null}

      {problems.length > 0 ? (
        <div className="mb-6 rounded-lg border border-line p-4 print:hidden" data-brief-problems>
          {problems.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      ) : null}

      {load.state === "failed" ? (
        <p className="rounded-lg border border-line p-4">
          The words of the items could not be loaded. Check your connection and reload the page.
        </p>
      ) : null}

      {load.state === "loading" && brief.items.length > 0 ? (
        <p className="text-ink-muted">Loading the words of your items…</p>
      ) : null}

      {brief.items.length === 0 ? (
        <div className="rounded-lg border border-line p-4" id="brief-document" tabIndex={-1}>
          <p className="font-semibold">Your brief is empty.</p>
          <p className="mt-2">
            Use “Add to brief” on any <Link href={browse.quotes}>quote</Link>,{" "}
            <Link href={browse.findings}>finding</Link> or{" "}
            <Link href={browse.elements}>key element</Link>, or on a{" "}
            <Link href={browse.search}>search</Link> result. It is kept in this browser only:
            nothing is sent anywhere.
          </p>
        </div>
      ) : null}

      {editing && brief.items.length > 0 ? (
        <form
          className="mb-8 grid gap-4 print:hidden"
          aria-label="Your title, note and citation style"
          onSubmit={(event) => event.preventDefault()}
        >
          <label className="block font-semibold">
            Title
            <input
              className={field}
              value={own.title}
              maxLength={BRIEF_MAX_TITLE}
              placeholder="Brief"
              onChange={(event) => save({ ...own, title: event.target.value })}
            />
          </label>
          <label className="block font-semibold">
            Your note <span className="font-normal text-ink-muted">(optional)</span>
            <textarea
              className={field}
              rows={3}
              value={own.note}
              maxLength={BRIEF_MAX_NOTE}
              onChange={(event) => save({ ...own, note: event.target.value })}
            />
          </label>
          <label className="block font-semibold">
            Citation style
            <select
              className={`${field} min-h-11 sm:w-auto`}
              value={style}
              onChange={(event) => setStyle(event.target.value as CitationStyle)}
            >
              {Object.entries(CITATION_STYLES).map(([value, name]) => (
                <option key={value} value={value}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        </form>
      ) : null}

      {doc && found.length > 0 ? (
        <>
          <div className="mb-8 flex flex-wrap gap-2 print:hidden" data-brief-actions>
            <button type="button" className={control} onClick={() => window.print()}>
              Print
            </button>
            <button type="button" className={control} onClick={downloadWord} disabled={busy}>
              {busy ? "Making the Word file…" : "Download Word (.docx)"}
            </button>
            <button type="button" className={control} onClick={downloadMarkdown}>
              Download Markdown (.md)
            </button>
            <CopyButton
              value={shareHref}
              label="Copy link to this brief"
              copiedMessage="Link to this brief copied"
              className={control}
            />
          </div>
          <p className="-mt-6 mb-8 text-sm text-ink-muted print:hidden">
            The link holds the items, title and note:{" "}
            <a href={shareHref} data-brief-link className="break-all">
              {shareHref.length > 120 ? `${shareHref.slice(0, 117)}…` : shareHref}
            </a>
          </p>

          <article
            id="brief-document"
            tabIndex={-1}
            aria-labelledby="brief-title"
            className="outline-none"
            data-brief-document
          >
            <h2 id="brief-title" className="text-2xl font-bold sm:text-3xl">
              {doc.title}
            </h2>
            <p className="mt-1 text-ink-muted">
              {doc.made}:{" "}
              <a href={doc.siteUrl} className="print:after:content-none!">
                {doc.siteUrl}
              </a>
            </p>
            {doc.note ? <p className="mt-4 whitespace-pre-line">{doc.note}</p> : null}
            <ol className="mt-6 list-none space-y-8 p-0">
              {doc.entries.map((entry, index) => (
                <li key={entry.key} className="break-inside-avoid-page border-t border-line pt-6">
                  <h3 className="text-xl font-bold">
                    {index + 1}. {entry.heading}
                  </h3>
                  {entry.blocks.map((block, b) =>
                    block.type === "quote" ? (
                      <figure key={b} className="mt-3 border-l-4 border-quote-rule pl-4">
                        <blockquote className="text-lg leading-relaxed font-medium">
                          <p>“{block.text}”</p>
                        </blockquote>
                        <figcaption className="mt-2 text-sm text-ink-muted">
                          {block.attribution}
                        </figcaption>
                      </figure>
                    ) : block.type === "labelled" ? (
                      <div key={b} className="mt-3">
                        <p className="text-sm font-semibold">{block.label}:</p>
                        <blockquote className="mt-1 border-l-4 border-line pl-4">
                          <p>{block.text}</p>
                        </blockquote>
                      </div>
                    ) : (
                      <p key={b} className="mt-3">
                        {block.text}
                      </p>
                    ),
                  )}
                  <p className="mt-3 text-sm [overflow-wrap:anywhere]">
                    <span className="font-semibold">Cite as:</span> {entry.citation}
                  </p>
                  <p className="mt-1 text-sm break-all">
                    <span className="font-semibold">Link:</span>{" "}
                    <a href={entry.url} className="print:after:content-none!">
                      {entry.url}
                    </a>
                  </p>
                  {editing ? (
                    <div className="mt-3 flex flex-wrap gap-2 print:hidden">
                      <button
                        type="button"
                        id={`brief-up-${entry.key}`}
                        className={control}
                        disabled={index === 0}
                        onClick={() => move(index, -1)}
                      >
                        Move up<span className="sr-only">: {found[index]?.label}</span>
                      </button>
                      <button
                        type="button"
                        id={`brief-down-${entry.key}`}
                        className={control}
                        disabled={index === doc.entries.length - 1}
                        onClick={() => move(index, 1)}
                      >
                        Move down<span className="sr-only">: {found[index]?.label}</span>
                      </button>
                      <button
                        type="button"
                        id={`brief-remove-${entry.key}`}
                        className={control}
                        onClick={() => remove(index)}
                      >
                        Remove<span className="sr-only">: {found[index]?.label}</span>
                      </button>
                    </div>
                  ) : null}
                </li>
              ))}
            </ol>
            {doc.sources.length > 0 ? (
              <section aria-labelledby="brief-sources" className="mt-10 border-t border-line pt-6">
                <h3 id="brief-sources" className="text-xl font-bold">
                  Sources
                </h3>
                <ul className="mt-3 list-disc space-y-2 pl-6">
                  {doc.sources.map((s) => (
                    <li key={s.url}>
                      {sourceText(s)} Available at:{" "}
                      <a href={s.url} className="break-all print:after:content-none!">
                        {s.url}
                      </a>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
          </article>
          {editing ? (
            <p className="mt-10 print:hidden">
              <button
                type="button"
                className={control}
                onClick={() => {
                  if (window.confirm(`Remove all ${found.length} items from your brief?`)) {
                    save({ items: [], title: "", note: "" });
                    setAnnouncement("Your brief is empty.");
                    focusAfter.current = "brief-document";
                  }
                }}
              >
                Empty the brief
              </button>
            </p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
