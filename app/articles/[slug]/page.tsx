import { notFound } from 'next/navigation';
import { getArticle, getArticles } from '@/lib/content';

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getArticles().map((a) => ({ slug: a.slug }));
}

async function articleFromParams({ params }: Params) {
  const { slug } = await params;
  const article = getArticle(slug);
  if (!article) notFound();
  return article;
}

export async function generateMetadata(props: Params) {
  const article = await articleFromParams(props);
  return { title: article.title.value };
}

export default async function ArticlePage(props: Params) {
  const article = await articleFromParams(props);
  return (
    <main>
      <article>
        <h1>{article.title.value}</h1>
        <p>{article.datePublished.value ?? 'undated'}</p>
        {article.body.map((b, i) => (b.kind === 'heading' ? <h2 key={i}>{b.text}</h2> : <p key={i}>{b.text}</p>))}
      </article>
    </main>
  );
}
