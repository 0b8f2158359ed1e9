import { describe, expect, it } from 'vitest';
import { linkWordsOfLabel, isShoutedLabel, labelledHeadline } from '@/lib/content/extract/linked-headline';
import { bodyTexts } from '../../support/compile-text';
import { HARBOUR_HEAD as HEAD, HARBOUR_STORY as P, harbourStoryWith as storyWith } from '../../support/harbour-page';


describe('the candidate shape of a labelled headline', () => {
  it('splits a short label from a capitalised headline in any script', () => {
    expect(labelledHeadline('Περισσότερα: Η Πολωνία ενισχύει τα σύνορα')).toEqual({ label: 'Περισσότερα', rest: 'Η Πολωνία ενισχύει τα σύνορα' });
    expect(labelledHeadline('ذات صلة: افتتاح مصنع جديد في مينسك')?.label).toBe('ذات صلة');
  });

  it('reads the label behind a bullet, an arrow or a pictograph a site sets before it', () => {
    expect(labelledHeadline('► Lue myös: Puolustusvoimat ostaa uusia tutkia')).toEqual({ label: 'Lue myös', rest: 'Puolustusvoimat ostaa uusia tutkia' });
    expect(labelledHeadline('📌 Baca juga: Rusia Gelar Latihan Militer Besar')?.label).toBe('Baca juga');
    expect(labelledHeadline('"Port watch: Ferry operators demand compensation"')).toBeNull();
  });

  it('takes no headline in lower case, no sentence, no label of four words, no two-word headline', () => {
    expect(labelledHeadline('Follow the money: how Minsk pays for its missiles')).toBeNull();
    expect(labelledHeadline('Sign of the times: The plant now hires in Russia.')).toBeNull();
    expect(labelledHeadline('Читайте также между строк: Официальные сообщения Минска')).toBeNull();
    expect(labelledHeadline('Related: Ferry strike')).toBeNull();
  });
});

describe('the evidence a labelled headline links another story', () => {
  it('reads a shouted label over a headline in lower case, not an acronym', () => {
    expect(isShoutedLabel({ label: 'MORE NEWS', rest: 'Lithuania expels two diplomats' })).toBe(true);
    expect(isShoutedLabel({ label: 'NATO', rest: 'Alliance moves troops east' })).toBe(false);
    expect(isShoutedLabel({ label: 'MORE NEWS', rest: 'LITHUANIA EXPELS TWO DIPLOMATS' })).toBe(false);
  });

  it('counts the linking words of a label made of them and stopwords only', () => {
    const stop = new Set(['sie', 'la']);
    expect(linkWordsOfLabel('Lesen Sie auch', stop)).toBe(2);
    expect(linkWordsOfLabel('Lexo edhe', stop)).toBe(2);
    expect(linkWordsOfLabel('La mer', stop)).toBe(1);
    expect(linkWordsOfLabel('More pressure', stop)).toBe(0);
  });

  it('reads linking words in labels of many languages and scripts', () => {
    const none = new Set<string>();
    for (const label of ['Leugh cuideachd', 'Darllenwch hefyd', 'Legu ankaŭ', 'Waca uga', 'Funda futhi', 'Karanta kuma', 'Ka siwaju', 'Llegiu també', 'Preberite tudi'])
      expect(linkWordsOfLabel(label, none), label).toBe(2);
    for (const label of ['আরও পড়ুন', 'மேலும் படிக்க', 'ಇದನ್ನೂ ಓದಿ', 'ഇതും വായിക്കുക', 'مزید پڑھیں', 'ასევე წაიკითხეთ', 'Կարդացեք նաև', 'אויך לייענט', 'อ่านเพิ่มเติม'])
      expect(linkWordsOfLabel(label, none), label).toBeGreaterThanOrEqual(2);
  });

  it('reads a label of linking words, not a theme that opens with one', () => {
    const stop = new Set(['по', 'sie', 'одна']);
    expect(linkWordsOfLabel('Περισσότερα', stop) > 0).toBe(true);
    expect(linkWordsOfLabel('Lesen Sie auch', stop) > 0).toBe(true);
    expect(linkWordsOfLabel('Ещё одна проблема', stop) > 0).toBe(false);
    expect(linkWordsOfLabel('More pressure', stop) > 0).toBe(false);
    expect(linkWordsOfLabel('Border watch', stop) > 0).toBe(false);
    expect(linkWordsOfLabel('Watch', stop) > 0).toBe(true);
    expect(linkWordsOfLabel('Te recomendamos', new Set(['te'])) > 0).toBe(true);
  });
});

describe('a headline linked into the story', () => {
  it('leaves out a labelled headline right after the first paragraph when its label is made of linking words', () => {
    const line = 'Περισσότερα: Η Πολωνία ενισχύει τα σύνορα με τη Λευκορωσία';
    expect(bodyTexts(storyWith(1, line))).not.toContain(line);
    expect(bodyTexts(storyWith(1, line))).toEqual(P);
  });

  it('keeps a line behind one linking word deeper in the story, where nothing else says it links elsewhere: one linking word may name a theme', () => {
    // Its headline says the story's words ("ferry" for "ferries"): it is not set apart from the story (link-apart.ts).
    const line = 'More: Ferry operators demand compensation from the city';
    expect(bodyTexts(storyWith(3, line))).toContain(line);
  });

  it('leaves out a line behind two linking words deeper in the story when no other line of the story opens with a label and a colon', () => {
    const line = 'Δείτε επίσης: Η Πολωνία ενισχύει τα σύνορα με τη Λευκορωσία';
    expect(bodyTexts(storyWith(3, line))).toEqual(P);
  });

  it('keeps the same line deeper in the story among subheadings of alike shape, where nothing else says it links elsewhere', () => {
    const line = 'Δείτε επίσης: Η Πολωνία ενισχύει τα σύνορα με τη Λευκορωσία';
    const sub = 'The cost: who pays for the new cranes';
    const got = bodyTexts([...HEAD, P[0]!, P[1]!, line, P[2]!, sub, P[3]!, P[4]!]);
    expect(got).toContain(line);
    expect(got).toContain(sub);
  });

  it('keeps a lone labelled subheading whose label names a theme deep in the story', () => {
    const line = 'Port watch: Ferry operators demand compensation from the city';
    expect(bodyTexts(storyWith(3, line))).toContain(line);
  });

  it('leaves out two lines under the same label anywhere in the story', () => {
    const [a, b] = ['Port watch: Ferry operators demand compensation from the city', 'Port watch: Storm damage in the south reaches record level'];
    const got = bodyTexts([...HEAD, P[0]!, P[1]!, a, P[2]!, b, P[3]!, P[4]!]);
    expect(got).toEqual(P);
  });

  it('leaves out a labelled headline with a time glued to it', () => {
    const line = 'Port watch: Ferry operators demand compensation 14:32';
    expect(bodyTexts(storyWith(3, line))).toEqual(P);
  });

  it('leaves out a shouted label right before the last paragraph', () => {
    const line = 'MORE NEWS: Lithuania expels two diplomats';
    expect(bodyTexts(storyWith(4, line))).toEqual(P);
  });

  it('keeps a subheading with a label right after the first paragraph: its place is the only evidence', () => {
    const line = 'Follow the money: How the port pays for its cranes';
    expect(bodyTexts(storyWith(1, line))).toContain(line);
  });

  it('keeps a subheading whose label opens with a linking word but names a theme', () => {
    const line = 'More pressure: Brussels weighs new rules for ports';
    expect(bodyTexts(storyWith(4, line))).toContain(line);
  });

  it('keeps a labelled line the paragraph above runs on into', () => {
    const line = 'Port watch: Ferry operators demand compensation 14:32';
    const open = 'The authority expects the container terminal to work at full speed again by the end of the week, its director told reporters on Tuesday';
    expect(bodyTexts([...HEAD, P[0]!, P[1]!, open, line, P[2]!, P[3]!, P[4]!]).join(' ')).toContain(line);
  });

  it('leaves out a bare headline with a time glued to it right before the last paragraph', () => {
    const line = 'Ferry operators demand compensation from the city 14:32';
    expect(bodyTexts(storyWith(4, line))).toEqual(P);
  });

  it('leaves out a bare headline whose date the reader split from its line, right after the first paragraph', () => {
    const line = 'Ferry operators demand compensation from the city 12.03.2026 14:32';
    expect(bodyTexts(storyWith(1, line)).join(' ')).not.toContain('Ferry operators');
  });

  it('keeps a bare headline with a time deeper in the story: the stamp alone is not enough without a label', () => {
    const line = 'Ferry operators demand compensation from the city 14:32';
    expect(bodyTexts(storyWith(2, line))).toContain(line);
  });

  it('keeps a subheading right before the last paragraph when no stamp is glued to it', () => {
    const line = 'Ferry operators demand compensation from the city';
    expect(bodyTexts(storyWith(4, line))).toContain(line);
  });

  it('leaves out a headline behind a one-word "watch" label right after the first paragraph', () => {
    const line = 'Watch: Cranes lifted from the northern quay overnight';
    expect(bodyTexts(storyWith(1, line))).toEqual(P);
  });

  it('leaves out a headline behind linking words with a pointer at its end, deep in the story', () => {
    const sub = 'The cost: who pays for the new cranes';
    const line = 'Watch: Storm damage in the south reaches a record level →';
    expect(bodyTexts([...HEAD, P[0]!, P[1]!, line, P[2]!, sub, P[3]!, P[4]!])).toEqual([P[0]!, P[1]!, P[2]!, sub, P[3]!, P[4]!]);
    const bare = 'Watch: Storm damage in the south reaches a record level';
    expect(bodyTexts([...HEAD, P[0]!, P[1]!, bare, P[2]!, sub, P[3]!, P[4]!])).toContain(bare);
  });

  it('leaves out a quoted headline behind a label of linking words deep in the story, among subheadings of alike shape', () => {
    const sub = 'The cost: who pays for the new cranes';
    const line = 'Watch: «Storm damage in the south reaches a record level»';
    expect(bodyTexts([...HEAD, P[0]!, P[1]!, line, P[2]!, sub, P[3]!, P[4]!])).toEqual([P[0]!, P[1]!, P[2]!, sub, P[3]!, P[4]!]);
  });

  it('keeps a labelled subheading quoting a voice in guillemets deep in the story', () => {
    const line = 'Port watch: « We were never warned about the storm »';
    expect(bodyTexts(storyWith(2, line))).toContain(line);
  });

  it('leaves out a headline deep in the story behind a label the box of links under the story is titled with', () => {
    const line = 'Catch up: Storm damage in the south reaches a record level';
    const box = ['Catch up', 'Ferry operators demand compensation from the city', 'Lithuania expels two diplomats'];
    expect(bodyTexts([...storyWith(3, line), ...box])).toEqual(P);
    expect(bodyTexts(storyWith(3, line))).toContain(line);
  });

  it('keeps a subheading whose label the story uses, though a teaser under the story opens with the same label', () => {
    const line = 'Harbour works: Cranes lifted from the northern quay overnight';
    const teasers = ['Harbour works: The ferry terminal closes for a month', 'Harbour works: New berths for the fishing fleet'];
    const got = bodyTexts([...storyWith(3, line), ...teasers]);
    expect(got).toContain(line);
  });

  it('keeps a lone subheading whose one-word label a menu line holds alone', () => {
    const line = 'Ferries: Operators demand compensation from the city';
    expect(bodyTexts(['Ferries', 'Cargo', 'Fishing', ...storyWith(3, line)])).toContain(line);
  });

  it('leaves out a labelled headline behind an arrow right after the first paragraph, whatever its label says', () => {
    const line = '► Port watch: Ferry operators demand compensation from the city';
    expect(bodyTexts(storyWith(1, line))).toEqual(P);
  });

  it('keeps a labelled line behind a plain bullet right after the first paragraph, and one behind an arrow deep in the story', () => {
    const bullet = '■ Port watch: Ferry operators demand compensation from the city';
    expect(bodyTexts(storyWith(1, bullet))).toContain(bullet);
    const arrow = '► Port watch: Ferry operators demand compensation from the city';
    expect(bodyTexts(storyWith(3, arrow))).toContain(arrow);
  });

  it('leaves out a lone labelled headline deep in the story behind a label no table knows, when it says none of the story\'s words', () => {
    const line = 'Catch up: Lithuania recalls its envoy over spying claims';
    expect(bodyTexts(storyWith(3, line))).toEqual(P);
  });

  it('keeps the same line when the story sets a subheading too: a story with subheadings has a series of them', () => {
    const line = 'Catch up: Lithuania recalls its envoy over spying claims';
    const sub = 'The cost: who pays for the new cranes';
    const got = bodyTexts([...HEAD, P[0]!, P[1]!, P[2]!, line, P[3]!, sub, P[4]!]);
    expect(got).toContain(line);
    expect(got).toContain(sub);
  });

  it('keeps a lone labelled line that says one word of the story or of its headline', () => {
    const story = 'Catch up: Lithuania expels two diplomats over the storm';
    expect(bodyTexts(storyWith(3, story))).toContain(story);
    const headline = 'Catch up: Lithuania expels two diplomats after harbour talks';
    expect(bodyTexts(storyWith(3, headline))).toContain(headline);
  });

  it('keeps a lone labelled subheading of few words after its label that says none of the story\'s words, between paragraphs that share none: a link repeats a whole headline', () => {
    const line = 'Catch up: Lithuanian envoys return home';
    expect(bodyTexts(storyWith(3, line))).toContain(line);
  });

  it('keeps a lone labelled line that says a story word only under a long ending', () => {
    // "harbourmasters" is "harbour" with an ending longer than sameWordByEnding allows (same-word.ts); sharesStem matches it.
    const line = 'Catch up: Lithuanian harbourmasters demand better radar systems';
    expect(bodyTexts(storyWith(3, line))).toContain(line);
  });

  it('keeps a lone labelled line whose headline holds fewer than three content words', () => {
    const line = 'Catch up: Big win for Lithuania';
    expect(bodyTexts(storyWith(3, line))).toContain(line);
  });

  it('keeps a lone short labelled line saying none of the story\'s words even when the story reads on across it', () => {
    // P[1] and the paragraph below share "authority", a word the headline does not say; the line says none of the story's words.
    // A subheading opening a new turn of the story reads so too: the flow is no evidence for a line behind a label and a colon.
    const below = 'The authority expects the terminal to reopen fully by the end of the week.';
    for (const line of ['Catch up: Lithuanian envoys return home', 'Next steps: who pays for the new berths'])
      expect(bodyTexts([...HEAD, P[0]!, P[1]!, line, below, P[4]!])).toEqual([P[0], P[1], line, below, P[4]]);
  });

  it('leaves out a lone short labelled line whose label a menu line outside the story holds alone and the story never says', () => {
    const line = 'Culture: Lithuanian envoys return home';
    expect(bodyTexts(['News', 'Culture', 'Sport', ...storyWith(3, line)])).toEqual(P);
    // The same label holding the story's word stays ("Ferries", said by the story, test above); so does one no menu holds alone.
    expect(bodyTexts(['News', 'Culture and sport', ...storyWith(3, line)])).toContain(line);
  });

  it('leaves out a lone bare whole headline saying none of the story\'s words when the story reads on across it', () => {
    const line = 'Lithuania recalls its envoy over spying claims in Vilnius';
    const below = 'The authority expects the terminal to reopen fully by the end of the week.';
    expect(bodyTexts([...HEAD, P[0]!, P[1]!, line, below, P[4]!])).toEqual([P[0], P[1], below, P[4]]);
    // Where the paragraphs on either side share no word, a bare line is a subheading as far as anything shows.
    expect(bodyTexts(storyWith(3, line))).toContain(line);
  });
  it('leaves out a whole headline set apart that says the headline\'s word and a far paragraph\'s, but none of the paragraphs around it, which go on from one another', () => {
    // "Storm" is the headline's word, "Shipping" the last paragraph's; the paragraphs around the line share "workers", "cranes", "quay".
    const line = 'Catch up: Shipping lines count the storm damage on the coastal railway';
    const below = 'Workers on the northern quay expect the cranes to be replaced within a month.';
    expect(bodyTexts([...HEAD, P[0]!, P[1]!, line, below, P[3]!, P[4]!])).toEqual([P[0], P[1], below, P[3], P[4]]);
  });

  it('keeps that line behind a label the story says, when it is short, and when the paragraphs around it do not go on from one another', () => {
    const below = 'Workers on the northern quay expect the cranes to be replaced within a month.';
    for (const line of ['Trade: Shipping lines count the storm damage on the coastal railway', 'Catch up: Shipping lines count losses'])
      expect(bodyTexts([...HEAD, P[0]!, P[1]!, line, below, P[3]!, P[4]!])).toContain(line);
    expect(bodyTexts(storyWith(3, 'Catch up: Shipping lines count the storm damage on the coastal railway'))).toContain('Catch up: Shipping lines count the storm damage on the coastal railway');
  });
});
