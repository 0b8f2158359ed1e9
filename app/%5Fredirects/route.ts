// `/_redirects` (the folder name escapes the underscore, which would otherwise make it private): see lib/redirect-files.ts.
import { getArchive, getRedirects } from '@/lib/content';
import { movedPages } from '@/lib/moved-pages';
import { hostRedirects } from '@/lib/redirect-files';

export const dynamic = 'force-static';

export function GET() {
  return new Response(hostRedirects(getRedirects(), movedPages(getArchive())), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
