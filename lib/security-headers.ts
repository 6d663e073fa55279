import { routePatterns } from "./content/routes";

/**
 * The HTTP headers every response carries: next.config.ts sends them under `next start`, and
 * the static export writes them for the host, so both serve the same policy.
 *
 * Pages are generated at build time, so no per-request nonce is possible; inline scripts are
 * Next's own bootstrap and page data (see the README's security section).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * The embed cards (/embed/…, lib/embed/card.ts) are the one part of the site other sites may
 * frame: their own policy allows any ancestor. They are whole documents with no script, so
 * everything else is closed: no script, no connection, only their own inline styles and the
 * site's icon.
 */
export const embedContentSecurityPolicy = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors *",
].join("; ");

type Header = { key: string; value: string };

/** What every response carries, framed or not. */
const commonHeaders: Header[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
];

/** Every page but the embed cards: no site may frame them. */
export function securityHeaders(): Header[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy },
    ...commonHeaders,
    { key: "X-Frame-Options", value: "DENY" },
  ];
}

/** The embed cards: any site may frame them, so no X-Frame-Options. */
export function embedSecurityHeaders(): Header[] {
  return [
    { key: "Content-Security-Policy", value: embedContentSecurityPolicy },
    ...commonHeaders,
    { key: "X-Robots-Tag", value: "noindex" },
  ];
}

/** Where the embed cards live, as a path prefix ("/embed/"), from routes.embeds ("/embed/*"). */
export const embedPathPrefix = routePatterns.embeds.replace(/\*$/, "");

/**
 * next.config.ts's headers(): one rule for every path outside the embed cards and one for them,
 * so that no response carries both policies (a browser enforces every policy it is sent, and
 * frame-ancestors 'none' would win).
 */
export function headerRules(): { source: string; headers: Header[] }[] {
  const prefix = embedPathPrefix.replace(/^\//, "");
  return [
    { source: `/:path((?!${prefix}.).*)`, headers: securityHeaders() },
    { source: `/${prefix}:path+`, headers: embedSecurityHeaders() },
  ];
}
