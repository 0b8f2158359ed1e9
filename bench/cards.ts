/**
 * `npm run bench:cards` — what a share card costs (lib/og/share-card.tsx): a fixed set of cards
 * written for this bench (stories in the scripts the tests use, short and long headlines, tags and
 * the site's card) drawn one at a time, CPU per card by stage (`process.cpuUsage()` between the
 * renderer's stage hooks: the whole process, libvips's threads included), and KB per card; then
 * the same cards drawn the way the build draws them (scripts/postbuild/share-cards.ts, several in
 * flight), CPU and wall for the lot. The first round only warms up (fonts unpacked and registered).
 * `--rounds N` (default 3) repeats the timed round; `--out DIR` keeps the last round's PNGs.
 * Under a shared machine's load compare two trees by runs done back to back.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { PublishedCard, ShareCard } from '@/lib/og/cards';
import { renderShareCardPng } from '@/lib/og/share-card';
import { writeShareCards } from '@/scripts/postbuild/share-cards';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' }, out: { type: 'string' } } });
const ROUNDS = Math.max(1, Number(values.rounds));

/** Headlines written for this bench: [name, language, short headline, long headline]. */
const STORIES: [string, string, string, string][] = [
  ['latin', 'en', 'Minsk plant hands new trucks to the army', 'Minsk Wheeled Tractor Plant ships a new six-axle chassis for air defence systems to a partner abroad, the third this year, officials say after a long delay at the border crossing'],
  ['cyrillic', 'be', 'Мінскі завод перадаў войску новыя грузавікі', 'Мінскі завод колавых цягачоў адправіў за мяжу новае шасі для зенітных комплексаў, трэцяе за год, паведамілі ў міністэрстве пасля доўгай затрымкі на мяжы'],
  ['greek', 'el', 'Εργοστάσιο του Μινσκ παραδίδει νέα φορτηγά', 'Το εργοστάσιο τροχοφόρων ελκυστήρων του Μινσκ έστειλε νέο σασί για συστήματα αεράμυνας σε εταίρο στο εξωτερικό, το τρίτο φέτος'],
  ['georgian', 'ka', 'მინსკის ქარხანამ ჯარს ახალი სატვირთოები გადასცა', 'მინსკის ქარხანამ საზღვარგარეთ ახალი შასი გაგზავნა საჰაერო თავდაცვის სისტემებისთვის, წელს მესამე'],
  ['armenian', 'hy', 'Մինսկի գործարանը նոր բեռնատարներ է հանձնել', 'Մինսկի գործարանը արտասահման է ուղարկել նոր շասսի հակաօդային պաշտպանության համակարգերի համար, այս տարի երրորդը'],
  ['arabic', 'ar', 'مصنع في مينسك يسلّم شاحنات جديدة إلى الجيش', 'مصنع الجرارات ذات العجلات في مينسك يرسل هيكلاً جديداً لأنظمة الدفاع الجوي إلى شريك في الخارج، وهو الثالث هذا العام'],
  ['hebrew', 'he', 'מפעל במינסק מסר משאיות חדשות לצבא השבוע', 'מפעל הטרקטורים במינסק שלח שלדה חדשה למערכות הגנה אווירית לשותף בחו״ל, השלישית השנה'],
  ['devanagari', 'hi', 'मिन्स्क के कारख़ाने ने सेना को नए ट्रक सौंपे', 'मिन्स्क के कारख़ाने ने वायु रक्षा प्रणालियों के लिए नया चेसिस विदेश में एक साझेदार को भेजा, इस साल का तीसरा'],
  ['thai', 'th', 'โรงงานในมินสค์ส่งมอบรถบรรทุกใหม่ให้กองทัพ', 'โรงงานรถแทรกเตอร์ล้อในมินสค์ส่งแชสซีใหม่สำหรับระบบป้องกันภัยทางอากาศให้กับพันธมิตรในต่างประเทศเป็นครั้งที่สามของปีนี้'],
  ['chinese', 'zh', '明斯克工厂向军队交付新型卡车', '明斯克轮式牵引车厂向国外合作伙伴交付用于防空系统的新型六轴底盘，这是今年的第三台，官员在边境长时间延误后表示'],
  ['japanese', 'ja', 'ミンスクの工場が軍に新型トラックを納入', 'ミンスク車輪式牽引車工場が防空システム用の新型六軸シャーシを海外の提携先に出荷、今年三台目と当局者'],
  ['korean', 'ko', '민스크 공장, 군에 새 트럭 인도', '민스크 바퀴식 견인차 공장이 방공 체계용 새 6축 차대를 해외 협력사에 출하했다고 관리들이 밝혔다'],
];

const story = (title: string, lang: string, i: number): ShareCard => ({ kicker: `STORY · ${1 + (i % 28)} March 20${10 + i}`, title, footer: i % 2 ? 'Test Outlet · A. Writer' : 'Test Outlet', lang });

/** The bench's cards: two stories a script, three tags and the site's card. */
const CARDS: { name: string; card: ShareCard }[] = [
  ...STORIES.flatMap(([name, lang, short, long], i) => [
    { name: `${name} short`, card: story(short, lang, i) },
    { name: `${name} long`, card: story(long, lang, i + 1) },
  ]),
  { name: 'tag', card: { kicker: 'TAG · Weapon system', title: 'STILET', footer: '1 story' } },
  { name: 'tag', card: { kicker: 'TAG · Organisation', title: 'Minsk Wheeled Tractor Plant', footer: '214 stories' } },
  { name: 'tag', card: { kicker: 'TAG · Place', title: 'Мінск', footer: '1,012 stories' } },
  { name: 'site', card: { kicker: 'ARCHIVE', title: 'Belarus Defence Archive', footer: 'Stories about Belarus and its defence industry' } },
];

const cpuMs = (from: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
};

/** One card drawn alone: CPU per stage (as the renderer names them) and its bytes. */
async function drawAlone(card: ShareCard): Promise<{ stages: Map<string, number>; total: number; png: Uint8Array }> {
  const stages = new Map<string, number>();
  const start = process.cpuUsage();
  let mark = process.cpuUsage();
  const png = await renderShareCardPng(card, (stage) => {
    stages.set(stage, (stages.get(stage) ?? 0) + cpuMs(mark));
    mark = process.cpuUsage();
  });
  return { stages, total: cpuMs(start), png };
}

for (const { card } of CARDS) await renderShareCardPng(card); // warm-up: fonts unpacked and registered

const stageNames: string[] = [];
const stageTotals = new Map<string, number>();
let total = 0;
let bytes = 0;
const byName = new Map<string, { ms: number; kb: number; n: number }>();
for (let round = 0; round < ROUNDS; round++) {
  for (const [i, { name, card }] of CARDS.entries()) {
    const drawn = await drawAlone(card);
    for (const [stage, ms] of drawn.stages) {
      if (!stageNames.includes(stage)) stageNames.push(stage);
      stageTotals.set(stage, (stageTotals.get(stage) ?? 0) + ms);
    }
    total += drawn.total;
    bytes += drawn.png.byteLength;
    const row = byName.get(name) ?? { ms: 0, kb: 0, n: 0 };
    byName.set(name, { ms: row.ms + drawn.total, kb: row.kb + drawn.png.byteLength / 1024, n: row.n + 1 });
    if (values.out && round === ROUNDS - 1) {
      mkdirSync(values.out, { recursive: true });
      writeFileSync(path.join(values.out, `${String(i).padStart(2, '0')}-${name.replace(/\s+/g, '-')}.png`), drawn.png);
    }
  }
}
const n = CARDS.length * ROUNDS;
const f = (x: number) => x.toFixed(1);
console.log(`\none card at a time: ${CARDS.length} cards × ${ROUNDS} rounds, CPU ms per card by stage\n`);
console.log(`| cards | ${stageNames.join(' ms | ')} ms | CPU ms per card | KB per card |`);
console.log(`| --: | ${stageNames.map(() => '--:').join(' | ')} | --: | --: |`);
console.log(`| ${CARDS.length} | ${stageNames.map((s) => f((stageTotals.get(s) ?? 0) / n)).join(' | ')} | ${f(total / n)} | ${f(bytes / n / 1024)} |`);
console.log('\n| card | CPU ms | KB |\n| --- | --: | --: |');
for (const [name, row] of byName) console.log(`| ${name} | ${f(row.ms / row.n)} | ${f(row.kb / row.n)} |`);

// The build's way: every card written by writeShareCards, several in flight on libuv's threads.
const dir = mkdtempSync(path.join(tmpdir(), 'bench-cards-'));
try {
  const published: PublishedCard[] = Array.from({ length: ROUNDS }, (_, r) => CARDS.map(({ card }, i) => ({ path: `/og/bench/${r}/${i}.png`, card }))).flat();
  const cpu = process.cpuUsage();
  const wall = performance.now();
  await writeShareCards(dir, published);
  const ms = cpuMs(cpu);
  console.log(`\nas the build draws them (writeShareCards, ${published.length} cards): CPU ${f(ms / published.length)} ms per card, wall ${f((performance.now() - wall) / published.length)} ms per card\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
