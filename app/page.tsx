import Link from 'next/link';
import { getArticles } from '@/lib/content';

export default function HomePage() {
  const articles = getArticles();
  return (
    <main>
      <h1>Belarus Defence Archive</h1>
      <ul>
        {articles.map((a) => (
          <li key={a.id}>
            <Link href={`/articles/${a.slug}/`}>{a.title.value}</Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
