import { describe, expect, it } from 'vitest';
import { FERRY_HEAD, FERRY_STORY, paragraphsOf as paragraphs } from '../../support/ferry-page';
import { storyVoice, usesStoryWord, voiceMatch } from '../../../lib/content/extract/story-voice';

/** An Albanian page (no stopword list covers Albanian): menu, headline, date, three paragraphs. */
const SQ_HEAD = ['Lajme', 'Rajoni', 'Ura e re mbi lumin hapet për qarkullim', '12.03.2026'];
const SQ_STORY = [
  'Bashkia e qytetit hapi sot për qarkullim urën e re mbi lumin, pas dy vitesh punimesh që kushtuan më shumë se sa ishte parashikuar.',
  'Kryetari i bashkisë tha se ura do të lehtësojë lëvizjen e banorëve të fshatrave në anën tjetër të lumit dhe do të shkurtojë rrugën për në shkollë.',
  'Banorët e zonës e pritën me gëzim hapjen e urës, por kërkuan që edhe rruga drejt fshatrave të rregullohet sa më shpejt.',
];

/** A Georgian page (caseless script, no stopword list). */
const KA_HEAD = ['სიახლეები', 'საზოგადოება', 'ქალაქში ახალი პარკი გაიხსნა', '12.03.2026'];
const KA_STORY = [
  'ქალაქის მერიამ დღეს ახალი პარკი გახსნა მდინარის ნაპირზე, სადაც ადრე მიტოვებული ქარხანა იდგა და მოსახლეობა წლების განმავლობაში ითხოვდა მწვანე სივრცეს.',
  'მერის თქმით, პარკში დაირგო ორი ათასზე მეტი ხე და მოეწყო სათამაშო მოედნები ბავშვებისთვის, ასევე ველოსიპედის ბილიკი მდინარის გასწვრივ.',
  'მოსახლეობამ პარკის გახსნას სიხარულით შეხვდა და ბევრი ოჯახი პირველივე დღეს მოვიდა მდინარის ნაპირზე სასეირნოდ.',
];
const SHARE = ['Facebook · X · Telegram'];

/** A German page: the last line's nouns are forms the story wrote in another case ("Kräften"/"Kräfte"). */
const DE_HEAD = ['Nachrichten', 'Region', 'Großbrand in einer Lagerhalle am Hafen', '12.03.2026'];
const DE_STORY = [
  'In der Nacht zum Donnerstag ist in einer Lagerhalle am Hafen ein Großbrand ausgebrochen, die Feuerwehr war mit allen verfügbaren Kräfte im Einsatz.',
  'Die Löscharbeiten dauerten bis in den frühen Morgen, verletzt wurde nach Angaben der Polizei niemand, die Ermittler sind bereits vor Ort.',
  'Die Anwohner wurden gebeten, wegen des Rauchs ihre Fenster und Türen geschlossen zu halten.',
];

/** A Japanese page (unspaced, caseless) with a related-stories block under the story. */
const JA_HEAD = ['ニュース', '社会', '市内で新しい図書館が開館', '2026年3月12日'];
const JA_STORY = [
  '市は十二日、駅の近くに新しい図書館を開館した。館内には約二十万冊の本が並び、子ども向けの読書室も設けられた。',
  '市長は開館式で「多くの市民に図書館を利用してほしい」と話した。初日には開館前から多くの市民が列を作った。',
];
const JA_RELATED = ['関連記事', '市内の公園で桜が見ごろに', '駅前の再開発計画がまとまる'];

describe('the story\'s voice, measured from the page', () => {
  it('takes the story\'s most repeated short words as its function words, and forms of its words as its words', () => {
    const voice = storyVoice(['the dog and the cat and the bird saw the men of the town', 'a dog of the town']);
    expect([...voice.functionWords].sort()).toEqual(['and', 'dog', 'of', 'the']);
    expect(['Kräften', 'ferries', 'town'].map((w) => usesStoryWord(w, storyVoice(['Kräfte', 'ferry', 'the town'])))).toEqual([true, true, true]);
    expect(['Kraft', 'fern', 'tower'].map((w) => usesStoryWord(w, storyVoice(['Kräfte', 'ferry', 'the town'])))).toEqual([false, false, false]);
  });

  it('counts a line\'s shared words and function words', () => {
    const m = voiceMatch('The town saw a bird', storyVoice(['the dog and the cat and the bird saw the town']), new Set());
    expect(m).toEqual({ shared: ['town', 'bird'], functionWords: 1, words: 5 });
  });
});

describe('a bare last sentence in the story\'s voice', () => {
  it('keeps an Albanian line no stopword list measures, over a label alone', () => {
    const last = 'Punimet në rrugën e fshatrave nisin në verë';
    expect(paragraphs([...SQ_HEAD, ...SQ_STORY, last, 'Etiketa:', 'ura, bashkia, lumi'])).toEqual([...SQ_STORY, last]);
  });

  it('keeps a Georgian line in a caseless script over a share row', () => {
    const last = 'პარკი ყოველდღე ღია იქნება მოსახლეობისთვის';
    expect(paragraphs([...KA_HEAD, ...KA_STORY, last, ...SHARE])).toEqual([...KA_STORY, last]);
  });

  it('keeps four German words whose noun the story wrote in another form, over a label alone', () => {
    const last = 'Die Ermittlungen dauern an';
    expect(paragraphs([...DE_HEAD, ...DE_STORY, last, 'Schlagworte:', 'Hafen, Feuerwehr'])).toEqual([...DE_STORY, last]);
  });

  it('keeps a Japanese line without its full stop over a related-stories block', () => {
    const last = '図書館は年末まで毎日開館する予定だ';
    expect(paragraphs([...JA_HEAD, ...JA_STORY, last, ...JA_RELATED])).toEqual([...JA_STORY, last]);
  });

  it('leaves out a call that names a platform, a pitch the page prints twice, and a line of the page\'s end', () => {
    const call = 'Ndiqni lajmet e bashkisë në Telegram';
    expect(paragraphs([...SQ_HEAD, ...SQ_STORY, call, 'Etiketa:', 'ura, bashkia, lumi'])).toEqual(SQ_STORY);
    const pitch = 'Lajmet e qytetit çdo mëngjes në email';
    expect(paragraphs([...SQ_HEAD, pitch, ...SQ_STORY, pitch, 'Etiketa:', 'ura, bashkia, lumi'])).toEqual(SQ_STORY);
    const last = 'Punimet në rrugën e fshatrave nisin në verë';
    expect(paragraphs([...SQ_HEAD, ...SQ_STORY, last])).toEqual(SQ_STORY);
  });

  it('leaves out three words that share only a name with the story (a section\'s link) and a related headline over another', () => {
    expect(paragraphs([...DE_HEAD, ...DE_STORY, 'Mehr vom Hafen', 'Schlagworte:', 'Hafen, Feuerwehr'])).toEqual(DE_STORY);
    const teaser = 'Neue Lagerhalle am Hafen soll im Sommer fertig sein';
    expect(paragraphs([...DE_HEAD, ...DE_STORY, teaser, 'Stadtrat beschließt neuen Haushalt', 'Schlagworte:'])).toEqual(DE_STORY);
  });

  it('keeps a line saying two of the story\'s words over a short unmarked button, and leaves out one saying one', () => {
    const last = 'Banorët presin që rruga drejt fshatrave të rregullohet këtë verë';
    expect(paragraphs([...SQ_HEAD, ...SQ_STORY, last, 'Shpërndaje', 'Lajme të tjera nga rajoni'])).toEqual([...SQ_STORY, last]);
    const notice = 'Ky artikull është edhe në anglisht për lexuesit e huaj';
    expect(paragraphs([...SQ_HEAD, ...SQ_STORY, notice, 'Shpërndaje', 'Lajme të tjera nga rajoni'])).toEqual(SQ_STORY);
  });

  it('leaves out a caption over its credit, its label set alone on its line', () => {
    const story = FERRY_STORY.slice(0, 3);
    expect(paragraphs([...FERRY_HEAD, ...story, 'Islanders waiting for the ferry at the harbour', 'Photo:', 'Ann Lee'])).toEqual(story);
  });
});
