import type { CitableWork, Contributor } from "./work";
import { parseWorkDate } from "./work";

const risTypes: Record<string, string> = { Report: "RPRT", "News release": "PRESS" };

function risName(contributor: Contributor): string {
  return contributor.kind === "person"
    ? `${contributor.family}, ${contributor.given}`
    : contributor.name;
}

/** RIS (reference managers: Zotero, EndNote, Mendeley), CRLF line endings as the format asks. */
export function formatRis(work: CitableWork): string {
  const date = parseWorkDate(work.date);
  const lines: [string, string][] = [
    ["TY", (work.medium && risTypes[work.medium]) ?? "GEN"],
    ...work.authors.map((a): [string, string] => ["AU", risName(a)]),
    ["TI", work.title],
  ];
  if (date) lines.push(["PY", String(date.year)]);
  if (date?.day && work.date) lines.push(["DA", work.date.replaceAll("-", "/")]);
  if (work.publisher) lines.push(["PB", work.publisher]);
  if (work.note) lines.push(["N1", work.note]);
  if (work.url) lines.push(["UR", work.url]);
  lines.push(["ER", ""]);
  return lines.map(([tag, value]) => `${tag}  - ${value}`.trimEnd()).join("\r\n") + "\r\n";
}

/** Escapes the characters BibTeX treats as commands. */
function bibEscape(text: string): string {
  return text
    .replace(/[\\{}]/g, (c) => `\\${c}`)
    .replace(/[&%$#_]/g, (c) => `\\${c}`)
    .replace(/~/g, "\\textasciitilde{}")
    .replace(/\^/g, "\\textasciicircum{}");
}

function bibName(contributor: Contributor): string {
  // Braces keep an organisation's name whole instead of splitting it into first and last names.
  return contributor.kind === "person"
    ? `${bibEscape(contributor.family)}, ${bibEscape(contributor.given)}`
    : `{${bibEscape(contributor.name)}}`;
}

/** A BibTeX entry (@techreport for a report, @misc otherwise) under the given key. */
export function formatBibtex(work: CitableWork, key: string): string {
  if (!/^[A-Za-z0-9_:-]+$/.test(key)) throw new Error(`"${key}" is not a valid BibTeX key`);
  const date = parseWorkDate(work.date);
  const fields: [string, string][] = [
    ["author", work.authors.map(bibName).join(" and ")],
    // Double braces keep the title's capitals as they are.
    ["title", `{${bibEscape(work.title)}}`],
  ];
  if (date) fields.push(["year", String(date.year)]);
  if (date?.month && work.date) {
    fields.push(["month", date.month.slice(0, 3).toLowerCase()], ["date", work.date]);
  }
  if (work.publisher)
    fields.push([
      work.medium === "Report" ? "institution" : "publisher",
      bibEscape(work.publisher),
    ]);
  if (work.note) fields.push(["note", bibEscape(work.note)]);
  if (work.url) fields.push(["url", work.url]);
  const type = work.medium === "Report" ? "techreport" : "misc";
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(",\n");
  return `@${type}{${key},\n${body}\n}\n`;
}
