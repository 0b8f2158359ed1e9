import type { Metadata } from 'next';
import { ArticleView } from '@/components/article-view';
import { RedirectNotice } from '@/components/redirect-notice';
import { articleFromParams, articleStaticParams } from '@/lib/routes/article-route';
import { articlePath } from '@/lib/urls';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return articleStaticParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const route = await articleFromParams(params);
  if (route.kind === 'redirect') {
    return { title: `Moved: ${route.article.title.value}`, robots: { index: false }, alternates: { canonical: articlePath(route.article.slug) } };
  }
  const first = route.article.body.find((b) => b.kind === 'paragraph')?.text ?? route.article.title.value;
  return { title: route.article.title.value, description: first.length > 200 ? `${first.slice(0, 197).replace(/\s\S*$/u, '')}…` : first };
}

export default async function ArticlePage({ params }: Props) {
  const route = await articleFromParams(params);
  return route.kind === 'redirect' ? <RedirectNotice to={route.article} /> : <ArticleView article={route.article} />;
}
