// `/redirects.nginx-map`, included by deploy/nginx.conf (which keeps it from being served): see lib/redirect-files.ts.
import { getArchive, getRedirects } from '@/lib/content';
import { movedPages } from '@/lib/moved-pages';
import { nginxRedirectMap } from '@/lib/redirect-files';

export const dynamic = 'force-static';

export function GET() {
  return new Response(nginxRedirectMap(getRedirects(), movedPages(getArchive())), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
