import { describe, expect, it } from 'vitest';
import { isTextProse } from '@/lib/content/segment/running-text';
import { type Block, segmentLines } from '@/lib/content/segment/segment';
import { toLines } from '@/lib/content/source/normalise';

/** Each line its own block: a blank line between them, as pages that set every paragraph apart print them. */
const blocksOf = (lines: string[]): Block[] => segmentLines(toLines(lines.join('\n\n')));
/** The texts of the blocks that read as running text. */
const running = (lines: string[]) => blocksOf(lines).filter(isTextProse).map((b) => b.text);

const MENU = 'ཁྱིམ་ངོས | གནས་ཚུལ | ཚོང་འབྲེལ | རྩེད་རིགས';
const HEADLINE = 'སྤ་རོ་ ལུ་ ཁ་བ་ ཧ་ཅང་ བབས་ཡི།';
const SHORT = ['ནངས་པ་ ཆུ་ཚོད་ ༦ ལས་ ཁ་བ་ བབས་ ཡི།', 'ལམ་ ༣ ཀ་ བཀག་ ཡོདཔ་ ཨིན།', 'སློབ་གྲྭ་ ཚུ་ ཉིནམ་ ༢ ཁ་ བསྡམས་ ཡི།'];
const LONG =
  'ཟླ་བ་འདིའི་ནང་ཆུ་བོ་གཙང་པོའི་འགྲམ་གྱི་ཞིང་པ་ཚོས་ནས་དང་གྲོ་བསྡུ་ལེན་བྱས་པ་མ་ཟད། ལོ་འདིའི་ཐོན་འབྲས་ནི་ན་ནིང་ལས་མང་བ་ཡོད། ཞིང་པ་ཁ་ཤས་ཀྱིས་བཤད་དོན་ལྟར་ན། ཆར་པ་དུས་སུ་བབས་པས་ལོ་ཏོག་ཡག་པོ་བྱུང་ཡོད།';

describe('markScriptStopText: short shad-closed lines read as running text by their place', () => {
  it('reads short shad-closed lines over the first long paragraph as the story, not the headline over its date', () => {
    expect(running([MENU, HEADLINE, '2026-12-02', ...SHORT, LONG])).toEqual([...SHORT, LONG]);
  });

  it('reads short shad-closed lines straight under the story as its last paragraphs, down to the last that says its words', () => {
    // The first names nothing the story did ("ནས་ཀྱི་རིན་གོང"), the second its harvest ("ཐོན་འབྲས"), the third a call to the reader.
    const tail = ['ནས་ཀྱི་རིན་གོང་ཡང་མཐོ་རུ་ཕྱིན་ཡོད།', 'ཞིང་པ་ཚོས་ཐོན་འབྲས་ཁ་ཤས་ཚོང་ར་ལ་བསྐྱལ་ཡོད།'];
    const call = 'ང་ཚོའི་དྲ་ཚིགས་ལ་ཞུགས་རོགས།';
    expect(running([MENU, 'ཞིང་པ་ཚོས་སོ་ནམ་གསར་པ་བསྡུ་ལེན་བྱས།', '2026-10-14', LONG, ...tail, call, 'Facebook · X · WeChat'])).toEqual([LONG, ...tail]);
  });

  it('does not read a call to the reader under the story: it says none of the story\'s words', () => {
    expect(running([MENU, 'ཞིང་པ་ཚོས་སོ་ནམ་གསར་པ་བསྡུ་ལེན་བྱས།', '2026-10-14', LONG, 'ང་ཚོའི་དྲ་ཚིགས་ལ་ཞུགས་རོགས།', 'Facebook · X · WeChat'])).toEqual([LONG]);
  });

  it('on a page without a long paragraph reads a run of two short lines or more, and never the first line (the headline)', () => {
    const body = ['ཐིམ་ཕུག་ ཐྲོམ་ གིས་ ཆུ་ མཛོད་ གསརཔ་ ཅིག་ བཟོ་ ནི་ ཨིན།', 'ལཱ་ འདི་ ཟླཝ་ གསུམ་པ་ ལས་ འགོ་ བཙུགས་ འོང་།'];
    expect(running([MENU, 'ཐིམ་ཕུག་ ལུ་ ཆུ་ མཛོད་ གསརཔ་ ཅིག་ བཟོ་ ནི།', ...body])).toEqual(body);
  });

  it('leaves the headline straight over a short lead out: the first shad-closed line above the prose', () => {
    const head = 'ཆུ་ཚན་ཁང་གསར་པ་ཞིག་མི་མང་ལ་སྒོ་ཕྱེ་བ།';
    const lead = 'ཆུ་ཚན་ཁང་གསར་པ་ཞིག་དེ་རིང་ནས་མི་མང་ལ་སྒོ་ཕྱེ་ཡོད།';
    expect(running([MENU, head, lead, LONG])).toEqual([lead, LONG]);
  });

  it('does not read a menu of shad-closed labels as text, even straight under the story: no clause of it has six words', () => {
    const menu = 'གཙོ་ངོས། གསར་འགྱུར། དཔལ་འབྱོར། རིག་གཞུང་།';
    expect(running([menu, 'ཞིང་པ་ཚོས་སོ་ནམ་གསར་པ་བསྡུ་ལེན་བྱས།', '2026-10-14', LONG, menu])).toEqual([LONG]);
  });

  it('does not read shad-closed lines that stand apart from the prose (a list of other stories under a label)', () => {
    const teasers = ['ལྷ་ས་རུ་སློབ་གྲྭ་གསར་པ་ཞིག་ཁ་ཕྱེ་བ།', 'ཞིང་པ་ཚོས་སོ་ནམ་གསར་པ་བསྡུ་ལེན་བྱས།'];
    expect(running([MENU, HEADLINE, '2026-12-02', LONG, 'འབྲེལ་ཡོད', ...teasers])).toEqual([LONG]);
  });

  it('does not read a line of fewer than six syllables as text, nor a line closed by no shad', () => {
    expect(running([MENU, HEADLINE, '2026-12-02', 'ཁ་བ་ བབས་ ཡི།', 'ནངས་པ་ ཆུ་ཚོད་ ༦ ལས་ ཁ་བ་ བབས་ ཡི', LONG])).toEqual([LONG]);
  });
});
