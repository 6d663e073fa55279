import { site } from "@/lib/site";

/**
 * Who publishes this website, from the deployment settings (SITE_PUBLISHER_NAME). The sources
 * do not say, so without the setting the page says plainly that none is set, and never implies
 * that CELCIS, which wrote the report, runs the site.
 */
export function SitePublisher() {
  const { name } = site.sitePublisher;
  return name ? (
    <p>This website is published by {name}, which is responsible for it and for this statement.</p>
  ) : (
    <p>
      This copy of the website has not been given the name of the organisation that publishes it.
    </p>
  );
}

/** How to report a problem: the contact the deployment settings give, or a plain "none set". */
export function PublisherContact() {
  const { name, contact } = site.sitePublisher;
  return contact ? (
    <p>
      If you find a problem we have not listed, or you need something on this website in a different
      format, contact {name ?? "us"} at <a href={contact.href}>{contact.label}</a>. Tell us the web
      address of the page, what the problem is, and the device and software you were using.
    </p>
  ) : (
    <p>
      This copy of the website has no contact address set yet, so there is no way to report a
      problem through it. When one is set, it will appear here.
    </p>
  );
}
