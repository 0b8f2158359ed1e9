import { describe, expect, it } from 'vitest';
import { nameAfterSeparatedLead } from '@/lib/content/extract/placed-byline';
import { compileArticle } from '../../support/compile-text';

/** The author the lines compile to; a rejected page fails the test here. */
function authorOf(lines: string[]): string | null {
  const article = compileArticle(lines.join('\n'));
  if (article === undefined) throw new Error('the page was rejected');
  return article.author?.value ?? null;
}

const menu = ['Mwanzo', 'Habari', 'Michezo'];
const headline = 'Halmashauri yaidhinisha ukarabati wa barabara tatu katikati ya mji';
const story = [
  'Halmashauri ya mji imeidhinisha ukarabati wa barabara tatu katikati mwaka huu baada ya malalamiko mengi.',
  'Wakazi walilalamika kwa muda mrefu kuhusu mashimo yaliyoharibu magari yao kila siku.',
  'Kazi inatarajiwa kuanza mwezi ujao na kukamilika kabla ya mwisho wa mwaka.',
];

describe('nameAfterSeparatedLead', () => {
  it('reads the name after a lead set off by a colon, a dash or a bar, in any language', () => {
    expect(nameAfterSeparatedLead('Mwandishi - Juma Hassan')?.author).toBe('Juma Hassan');
    expect(nameAfterSeparatedLead('Na mwandishi wetu: Juma Hassan, Dodoma')?.author).toBe('Juma Hassan');
    expect(nameAfterSeparatedLead('Mwandishi | Juma Hassan')?.author).toBe('Juma Hassan');
    expect(nameAfterSeparatedLead('كتب - سامر الخطيب')?.author).toBe('سامر الخطيب');
  });

  it('reads no name when the lead is a name itself, too long, or the value is one word', () => {
    expect(nameAfterSeparatedLead('Juma Hassan - Dodoma')).toBeNull();
    expect(nameAfterSeparatedLead('Habari za mji wetu leo - Juma Hassan')).toBeNull();
    expect(nameAfterSeparatedLead('Habari - Michezo')).toBeNull();
  });

  it('reads the name after a lead that reads as a name when a word of it is a job title ("Staff Reporter: Jane Doe")', () => {
    expect(nameAfterSeparatedLead('Staff Reporter: Anna Berg')?.author).toBe('Anna Berg');
    expect(nameAfterSeparatedLead('Senior Correspondent: Anna Berg')?.author).toBe('Anna Berg');
    // Two capitalised words with no job title among them are a name: the name, not the words after it, would be the byline's.
    expect(nameAfterSeparatedLead('Anna Berg: Harbour Post')).toBeNull();
  });

  it('reads no name after a dash or a bar when no word of the lead is one bylines print (a section and its topic)', () => {
    expect(nameAfterSeparatedLead('En vivo - Copa América')).toBeNull();
    expect(nameAfterSeparatedLead('Sección | Política Nacional')).toBeNull();
    expect(nameAfterSeparatedLead('Tamaño de letra - Aumentar Disminuir')).toBeNull();
  });

  it('reads no uncased name after a bar, which parts a breadcrumb', () => {
    expect(nameAfterSeparatedLead('الرئيسية | أخبار محلية')).toBeNull();
  });
});

describe('a byline placed in the header that no label table reads', () => {
  it('takes the name after a dash-separated label over the date', () => {
    expect(authorOf([...menu, headline, 'Mwandishi - Juma Hassan', '12/03/2024', ...story])).toBe('Juma Hassan');
  });

  it('takes the name after a lower-case lead beside the date, without its place', () => {
    expect(authorOf([...menu, headline, 'Imeandikwa na Juma Hassan, Dodoma', '12/03/2024', ...story])).toBe('Juma Hassan');
  });

  it('takes the name after a job title in capitals set off by a colon, over the date', () => {
    expect(authorOf([...menu, headline, 'Senior Correspondent: Juma Hassan', '12/03/2024', ...story])).toBe('Juma Hassan');
  });

  it('does not take a lead-in line no table reads for a byline away from the date', () => {
    expect(authorOf([...menu, headline, 'Imeandikwa na Juma Hassan', ...story])).toBeNull();
    expect(authorOf([...menu, headline, 'Imeandikwa na Juma Hassan', 'Dakika tano za kusoma', ...story])).toBeNull();
  });

  it('does not take a breadcrumb whose first step is a menu item for a byline', () => {
    expect(authorOf([...menu, headline, 'Michezo | Ligi Kuu Tanzania', '12/03/2024', ...story])).toBeNull();
  });

  it('does not take a lead-in line for a byline when the story names the same person', () => {
    const named = [...story.slice(0, 2), 'Mkuu wa mkoa Juma Hassan alisema kazi itaanza mapema.'];
    expect(authorOf([...menu, headline, 'Mahojiano na Juma Hassan', '12/03/2024', ...named])).toBeNull();
  });
});

describe('a name of a script without case alone on its line in the header, which is not read (a kicker or a label as often)', () => {
  const arMenu = ['الرئيسية', 'أخبار', 'رياضة'];
  const arHeadline = 'المجلس البلدي يوافق على إصلاح ثلاثة طرق في وسط المدينة';
  const arStory = [
    'وافق المجلس البلدي على إصلاح ثلاثة طرق في وسط المدينة هذا العام بعد شكاوى استمرت شهورا.',
    'اشتكى السكان طويلا من الحفر التي تتلف سياراتهم كل يوم في الطريق إلى العمل.',
  ];

  it('does not take two words alone between the headline and the date for the byline', () => {
    expect(authorOf([...arMenu, arHeadline, 'سامر الخطيب', '2024/03/12', ...arStory])).toBeNull();
  });

  it('does not take two words under the date (a toolbar\'s place: "font size", "listen") for the byline', () => {
    expect(authorOf([...arMenu, arHeadline, '2024/03/12', 'حجم الخط', ...arStory])).toBeNull();
    expect(authorOf([...arMenu, arHeadline, '2024/03/12', 'سامر الخطيب', ...arStory])).toBeNull();
  });


  it('does not take a desk credit ("own correspondent") for a person', () => {
    const mlStory = ['കപ്പലിന്റെ പരീക്ഷണ യാത്രകൾ അടുത്ത മാസം ആരംഭിക്കുമെന്ന് അധികൃതർ അറിയിച്ചു.', 'രണ്ടാമത്തെ കപ്പലിന്റെ നിർമാണം അടുത്ത വർഷം പൂർത്തിയാകുമെന്ന് അധികൃതർ പറഞ്ഞു.'];
    expect(authorOf(['ഹോം', 'കേരളം', 'കൊച്ചി കപ്പൽശാലയിൽ പുതിയ പട്രോൾ കപ്പൽ നീറ്റിലിറക്കി', 'സ്വന്തം ലേഖകൻ', '12 Mar 2024', ...mlStory])).toBeNull();
  });

  it('does not take two words the story prints again for a byline', () => {
    expect(authorOf([...arMenu, arHeadline, 'وسط المدينة', '2024/03/12', ...arStory])).toBeNull();
  });
});
