import { describe, expect, it } from 'vitest';
import { compileArchive } from '@/lib/content/archive';
import { readContentFiles, readGazetteerFile } from '@/lib/content/source/read-folder';
import { candidatesByArticle, formatEntityReport } from '@/lib/content/report/entity-report';
import { toReportJson } from '@/lib/content/report/archive-report';
import { SEED_CONTENT } from '../../support/fixtures';

const dir = 'tests/fixtures/new-scrape';
const archive = compileArchive(readContentFiles(dir), readGazetteerFile(SEED_CONTENT));
const candidates = candidatesByArticle(archive, []);

describe('the entity report of content:check', () => {
  it('shows each article with its entities and mention counts, most salient first', () => {
    const report = formatEntityReport(archive, candidates);
    const [article] = archive.articles;
    const first = article?.entities[0];
    expect(first).toBeDefined();
    expect(report).toContain(`${article?.id}: ${first?.slug}×${first?.mentions}`);
  });

  it('lists the names the gazetteer lacks, with where they occur', () => {
    const report = formatEntityReport(archive, candidates);
    expect(report).toMatch(/not in the gazetteer: .*Tetraedr×2 \(¶0,¶2\)/u);
    expect(report).toMatch(/Names not in the gazetteer .*Tetraedr×2/u);
  });

  it('adds entities and per-article entities and candidates to the JSON', () => {
    const json = toReportJson(archive, candidates);
    expect(json.entities.map((e) => e.slug)).toEqual(archive.entities.map((e) => e.slug));
    expect(Object.keys(json.entities[0] ?? {}).sort()).toEqual(['aliases', 'articles', 'description', 'name', 'slug', 'type']);
    expect(json.articles[0]?.entities).toEqual(archive.articles[0]?.entities.map(({ slug, mentions }) => ({ slug, mentions })));
    expect(json.articles[0]?.candidates?.map((c) => c.name)).toContain('Tetraedr');
  });
});
