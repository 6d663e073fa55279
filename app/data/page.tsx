import type { Metadata } from "next";
import { CiteThis } from "@/components/cite/cite-this";
import { DataFileSection, DataReuse } from "@/components/data/data-files";
import { PageHeader } from "@/components/layout/page-header";
import { OnThisPage } from "@/components/ui/on-this-page";
import { routes } from "@/lib/content/routes";
import { dataCatalogue, dataPageSections, dataSetWork } from "@/lib/data/catalogue";
import { absoluteUrl } from "@/lib/seo/metadata";
import { site } from "@/lib/site";
import { getSite, pageProps } from "@/lib/site-model/api";
import { metadataFor } from "@/lib/site-model/metadata";

export const metadata: Metadata = metadataFor(routes.data());

export default function DataPage() {
  const page = getSite().require(routes.data());
  const { release } = pageProps.siteSources();
  const publisher = site.sitePublisher.name;
  const work = dataSetWork(page.changes[0]?.date, absoluteUrl(page.path));
  return (
    <article>
      <PageHeader title={page.title} lead={<p>{page.description}</p>} changes={page.changes} />
      <OnThisPage
        items={[
          ...dataCatalogue.map((group) => ({ id: group.id, label: group.title })),
          { id: dataPageSections.reuse, label: "What you may reuse" },
          { id: dataPageSections.cite, label: "Cite this" },
        ]}
      />
      {dataCatalogue.map((group) => (
        <DataFileSection key={group.id} group={group} />
      ))}
      <DataReuse
        id={dataPageSections.reuse}
        {...(release ? { release } : {})}
        {...(publisher ? { publisher } : {})}
      />
      <CiteThis
        work={work}
        intro="To cite the files themselves, for example in a note on how you worked, rather than the words in them:"
      />
    </article>
  );
}
