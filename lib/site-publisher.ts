/**
 * Who publishes this copy of the website, from deployment settings (like QUICK_EXIT_URL): the
 * sources do not say, so the site never states it itself. SITE_PUBLISHER_NAME is the
 * organisation's name; SITE_PUBLISHER_CONTACT an email address or an http(s) address to reach it.
 */
export interface SitePublisher {
  name?: string;
  contact?: { href: string; label: string };
}

export const SITE_PUBLISHER_HELP =
  "Set SITE_PUBLISHER_CONTACT to an email address (access@example.org) or a web address (https://example.org/contact).";

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/** Reads the two settings; a contact that is neither an email nor a web address is an error. */
export function resolveSitePublisher(env: Record<string, string | undefined>): SitePublisher {
  const name = env.SITE_PUBLISHER_NAME?.trim() || undefined;
  const raw = env.SITE_PUBLISHER_CONTACT?.trim();
  if (!raw) return name ? { name } : {};
  const address = raw.replace(/^mailto:/i, "");
  if (EMAIL.test(address)) {
    return { ...(name ? { name } : {}), contact: { href: `mailto:${address}`, label: address } };
  }
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) {
    throw new Error(
      `SITE_PUBLISHER_CONTACT "${raw}" is neither an email address nor a web address. ${SITE_PUBLISHER_HELP}`,
    );
  }
  return { ...(name ? { name } : {}), contact: { href: url.href, label: url.href } };
}
