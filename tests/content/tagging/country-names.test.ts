/**
 * Country names in every language i18n-iso-countries ships, and the names left
 * out because they are common words somewhere.
 */
import { describe, expect, it } from 'vitest';
import { countryLanguages, exclusionOf, loadCountryNames } from '@/lib/content/tagging/country-names';

describe('country names', () => {
  it('loads every language the package ships, not only the archive’s first twelve', () => {
    expect(countryLanguages.length).toBeGreaterThanOrEqual(78);
    for (const language of ['ka', 'el', 'hu', 'et', 'cs', 'tr', 'fi']) expect(countryLanguages).toContain(language);
  });
  it('has Belarus in Georgian, Greek, Hungarian and Estonian', () => {
    const by = loadCountryNames().find((c) => c.code === 'BY');
    expect(by?.names.ka).toContain('ბელარუსი');
    expect(by?.names.el).toContain('Λευκορωσία');
    expect(by?.names.hu).toContain('Fehéroroszország');
    expect(by?.names.et).toContain('Valgevene');
  });
  it('leaves out a name that is a stopword of a language that does not use it as a country name', () => {
    expect(exclusionOf('Benim', new Set(['pt']))).toMatch(/tr/);
    expect(exclusionOf('Man', new Set(['fr']))).toMatch(/en/);
  });
  it('keeps a name a language lists both as a stopword and as its own country name, and any acronym', () => {
    expect(exclusionOf('China', new Set(['en', 'ms']))).toBeNull();
    expect(exclusionOf('USA', new Set(['en']))).toBeNull();
  });
});
