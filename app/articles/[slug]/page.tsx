import type { Metadata } from 'next';
import { ArticleView } from '@/components/article-view';
import { JsonLd } from '@/components/json-ld';
import { RedirectNotice } from '@/components/redirect-notice';
import { articleFromParams, articleStaticParams } from '@/lib/routes/article-route';
import { jsonLdFor, metadataFor, type SeoRoute } from '@/lib/seo';
import { renderSet, slugParams } from '@/lib/render-set';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return renderSet('articles', slugParams, articleStaticParams);
}

/** The SEO description of this route: a story, or the stub left at one of its old URLs. */
async function seoRoute(params: Props['params']): Promise<SeoRoute> {
  const route = await articleFromParams(params);
  return route.kind === 'redirect' ? route : { kind: 'article', article: route.article, entities: route.joins.entities, original: route.joins.republished.copyOf?.article ?? null };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return metadataFor(await seoRoute(params));
}

export default async function ArticlePage({ params }: Props) {
  const route = await articleFromParams(params);
  if (route.kind === 'redirect') return <RedirectNotice to={route.article} />;
  return (
    <>
      <JsonLd data={jsonLdFor(await seoRoute(params))} />
      <ArticleView article={route.article} joins={route.joins} />
    </>
  );
}
