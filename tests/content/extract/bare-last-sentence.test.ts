import { describe, expect, it } from 'vitest';
import { FERRY_HEAD as HEAD, FERRY_SHARE as SHARE, FERRY_STORY, paragraphsOf as paragraphs } from '../../support/ferry-page';
import { endsWithScriptStop } from '../../../lib/content/segment/text-shape';

/** The story without its short last sentence: its last paragraph is a long one. */
const STORY = FERRY_STORY.slice(0, 3);

describe('a last paragraph printed without its full stop', () => {
  it('keeps one short sentence that uses a word of the story, with a share row under it', () => {
    const last = 'The council expects the first boats to be fully booked';
    expect(paragraphs([...HEAD, ...STORY, last, ...SHARE])).toEqual([...STORY, last]);
  });

  it('leaves it out as the page\'s last line, where a call to the reader stands as often', () => {
    const last = 'The council expects the first boats to be fully booked';
    expect(paragraphs([...HEAD, ...STORY, last])).toEqual(STORY);
  });

  it('leaves out a line that names what the story never wrote, and a line of four words', () => {
    for (const line of ['Mayor Ann Walsh opens the new ferry terminal', 'More ferry stories from the islands on Kustradio', 'Islanders have asked again']) {
      expect(paragraphs([...HEAD, ...STORY, line, ...SHARE])).toEqual(STORY);
    }
  });

  it('keeps it over a tag list behind a label, which the segmenter leaves unmarked', () => {
    const last = 'The council expects the first boats to be fully booked';
    expect(paragraphs([...HEAD, ...STORY, last, 'Etiquetas: ferries, islands, harbour', ...SHARE])).toEqual([...STORY, last]);
  });

  it('leaves out a line that uses none of the story\'s words', () => {
    const line = 'We would love to hear what you think about this';
    expect(paragraphs([...HEAD, ...STORY, line, ...SHARE])).toEqual(STORY);
  });

  it('leaves out a line with another unmarked line under it: a teaser headline over another', () => {
    const line = 'The harbour will get a new pier for the ferry in the summer';
    expect(paragraphs([...HEAD, ...STORY, line, 'Bus timetable changes on the islands', ...SHARE])).toEqual(STORY);
  });

  it('leaves out a teaser\'s headline over its date', () => {
    const line = 'The harbour will get a new pier for the ferry in the summer';
    expect(paragraphs([...HEAD, ...STORY, line, 'March 2, 2024', ...SHARE])).toEqual(STORY);
  });

  it('leaves out a photo\'s caption over its credit', () => {
    const caption = 'Islanders waiting for the ferry at the harbour';
    expect(paragraphs([...HEAD, ...STORY, caption, 'Photo: Ann Lee', ...SHARE])).toEqual(STORY);
  });

  it('leaves out a headline in Title Case, a line with a colon or a figure, a line under the last that is not the first', () => {
    for (const line of ['The Ferry Link Will Be Run By The Island Council', 'Tickets for the ferry: what you need to know', 'The ferry will have 400 seats for the islanders']) {
      expect(paragraphs([...HEAD, ...STORY, line, ...SHARE])).toEqual(STORY);
    }
  });

  it('leaves out a line that breaks off mid-sentence or opens in lower case', () => {
    for (const line of ['The council will sign the contract for the ferry and', 'the ferry will run from the harbour to the islands']) {
      expect(paragraphs([...HEAD, ...STORY, line, ...SHARE])).toEqual(STORY);
    }
  });

  it('keeps a short Tibetan sentence closed by a shad, and leaves out one that uses none of the story\'s words', () => {
    const head = ['གསར་འགྱུར།', 'ལྷ་ས་རུ་སློབ་གྲྭ་གསར་པ་ཞིག་ཁ་ཕྱེ་བ།', '2026-12-05'];
    const story = [
      'ཉིན་འདིར་ལྷ་ས་གྲོང་ཁྱེར་གྱི་ལྷོ་ཕྱོགས་སུ་སློབ་གྲྭ་གསར་པ་ཞིག་ཁ་ཕྱེ་ཞིང་། སློབ་མ་བརྒྱ་ཕྲག་གསུམ་ལྷག་ཙམ་གྱིས་སློབ་སྦྱོང་འགོ་ཚུགས་ཡོད།',
      'སློབ་གྲྭའི་འགོ་འཛིན་གྱིས་བཤད་དོན། སློབ་གྲྭ་འདིར་ཁང་མིག་སུམ་ཅུ་དང་དཔེ་མཛོད་ཁང་ཞིག་ཡོད་པ་མ་ཟད། ལོ་རྗེས་མར་དགེ་རྒན་གསར་པ་ཁ་ཤས་གདན་ཞུ་རྒྱུ་ཡིན།',
    ];
    const last = 'སློབ་གྲྭ་གསར་པའི་ཁང་མིག་གཞན་ཞིག་ལོ་རྗེས་མར་འཛུགས་རྒྱུ་ཡིན།';
    expect(paragraphs([...head, ...story, last, 'Facebook · X · WeChat'])).toEqual([...story, last]);
    expect(paragraphs([...head, ...story, 'ང་ཚོའི་དྲ་ཚིགས་ལ་ཞུགས་རོགས།', 'Facebook · X · WeChat'])).toEqual(story);
  });
});

describe('a short last sentence closed by a full stop the short-sentence readers do not weigh', () => {
  const head = ['ዜና', 'አዲስ የውሃ ፕሮጀክት በባህር ዳር ተጀመረ', '05/12/2026'];
  const story = [
    'የክልሉ የውሃ ቢሮ በባህር ዳር ከተማ አዲስ የንፁህ መጠጥ ውሃ ፕሮጀክት ዛሬ በይፋ አስጀምሯል።',
    'ፕሮጀክቱ ከሁለት መቶ ሺህ በላይ ነዋሪዎችን ተጠቃሚ እንደሚያደርግ የቢሮው ኃላፊ ተናግረዋል።',
  ];
  const share = 'Facebook · Telegram · X';

  it('keeps three words closed by the Ethiopic full stop on a page no stopword list measures', () => {
    const last = 'ነዋሪዎቹ ፕሮጀክቱን በደስታ ተቀብለውታል።';
    expect(paragraphs([...head, ...story, last, share])).toEqual([...story, last]);
  });

  it('leaves out a question, two sentences on one line, and two words', () => {
    for (const line of ['ነዋሪዎቹ ፕሮጀክቱን ተቀብለውታል ወይ፧', 'ነዋሪዎቹ ተቀብለውታል። ተጨማሪ ዜና ይጠብቁ።', 'ፕሮጀክቱን ተቀብለውታል።']) {
      expect(paragraphs([...head, ...story, line, share])).toEqual(story);
    }
  });

  it('asks a closed sentence for its stopwords where the story reaches their share', () => {
    const last = 'Islanders applaud Baltic.';
    const story = [...STORY.slice(0, 2), 'Baltic Lines won the tender against two other ferry operators from the mainland, the council said.'];
    expect(paragraphs([...HEAD, ...story, last, ...SHARE])).toEqual(story);
  });
});

describe('sentence ends outside Unicode\'s Sentence_Terminal', () => {
  it('reads Tibetan shads, after a tsheg or a space, and not a full stop, a colon or a bare line', () => {
    expect(['བཀྲ་ཤིས་བདེ་ལེགས།', 'བཀྲ་ཤིས་བདེ་ལེགས་།', 'བཀྲ་ཤིས་བདེ་ལེགས། ', 'བཀྲ་ཤིས་བདེ་ལེགས༎'].map(endsWithScriptStop)).toEqual([true, true, true, true]);
    expect(['A sentence.', 'ܫܠܡܐ ܀', 'Label:', 'བཀྲ་ཤིས་བདེ་ལེགས'].map(endsWithScriptStop)).toEqual([false, false, false, false]);
  });
});
