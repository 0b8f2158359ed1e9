import type { Article } from '@/lib/content/schema';
import { paths } from '@/lib/paths';
import { absoluteUrl } from '@/lib/site';
import { QuoteLinkButton } from './quote-linker';
import { ShareButtons } from './share-buttons';
import { ToastStatus } from './toast-status';

/**
 * Everything a story page needs for sharing: the copy-link/share buttons, the quote-link button
 * and the status toasts for paragraph and quote links in the element marked `data-share-scope`
 * (the story body). Plain markup; enhance/ attaches the behaviour. Links always use the
 * canonical URL, never whatever host the page happens to be served from.
 */
export function StoryShare({ article, className }: { article: Article; className?: string }) {
  const url = absoluteUrl(paths.article(article.slug));
  return (
    <>
      <ShareButtons url={url} title={article.title.value} className={className} />
      <QuoteLinkButton />
      <ToastStatus name="paragraph" />
      <ToastStatus name="quote" />
    </>
  );
}
