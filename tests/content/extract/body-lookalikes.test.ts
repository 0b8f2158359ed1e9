import { describe, expect, it } from 'vitest';
import { compileSource } from '@/lib/content/compile-source';

/**
 * Body sentences and subheadings that open like furniture ("Share…", "Follow…", "Read also…",
 * "Photo…", "Subscribers…"), each between two paragraphs of a story: every one must stay.
 */
const CASES: { lang: string; headline: string; paragraphs: string[]; lookalikes: string[] }[] = [
  {
    lang: 'en',
    headline: 'How a missile plant outside Minsk kept its buyers',
    paragraphs: [
      'The plant on the edge of the city has changed owners three times since 2015, each time through a company registered abroad.',
      'Former workers say the production lines never stopped, even in the months when the official figures showed no output at all.',
      'Customs records obtained by reporters list the same two trading firms as buyers of almost every shipment since the sanctions.',
      'The ministry of industry did not answer written questions about the plant, its owners or the trading firms named in the records.',
    ],
    lookalikes: [
      'Related to the Kremlin through a web of holding companies, the plant was never audited by the state.',
      'Follow the money: how Minsk pays for its missiles',
      'Share of exports',
      'Photo evidence shows trucks leaving the gates at night, weeks after the plant was declared idle.',
      'Subscribers to the ministry bulletin were told nothing about the delay until the end of the year.',
      'Read more than a dozen of the contracts, and the pattern becomes clear to anyone.',
    ],
  },
  {
    lang: 'fr',
    headline: 'Comment Minsk contourne les sanctions sur les engrais',
    paragraphs: [
      "Les exportations d'engrais biélorusses n'ont presque pas baissé depuis l'entrée en vigueur des sanctions européennes, selon nos calculs.",
      "Les camions passent par des entrepôts situés dans des pays voisins, où les documents de transport sont refaits avant le départ.",
      "Plusieurs transporteurs ont confirmé avoir reçu des instructions écrites pour changer les plaques des remorques à la frontière.",
      "Le ministère biélorusse du commerce n'a pas répondu à nos questions envoyées la semaine dernière par courrier électronique.",
    ],
    lookalikes: [
      "Lire aussi les rapports de l'ONU aide à comprendre comment le contournement est organisé depuis des années.",
      "Suivez l'argent",
      'Partager les routes logistiques avec la Russie a permis au régime de maintenir ses ventes.',
      'Abonnez-vous à la presse économique locale et vous verrez que les chiffres officiels ne disent rien.',
    ],
  },
  {
    lang: 'de',
    headline: 'Ein Werk, zwei Bilanzen und viele Zwischenhändler',
    paragraphs: [
      'Das Werk am Stadtrand veröffentlicht jedes Jahr eine Bilanz, die mit den Zahlen des Zolls nur selten übereinstimmt.',
      'Frühere Mitarbeiter berichten, dass die Lieferlisten seit dem Jahr der Sanktionen doppelt geführt werden mussten.',
      'Die Staatsanwaltschaft hat nach eigenen Angaben bisher kein Verfahren gegen die Geschäftsführung eingeleitet.',
      'Das Unternehmen selbst ließ eine schriftliche Anfrage zu den Vorwürfen bis zum Redaktionsschluss unbeantwortet.',
    ],
    lookalikes: [
      'Teilen will das Ministerium seine Zahlen mit niemandem, auch nicht mit dem eigenen Parlament.',
      'Folgen der Sanktionen zeigen sich erst jetzt in den Bilanzen des Werks und seiner Zulieferer.',
      'Quelle der meisten Aufträge ist nach unseren Recherchen ein Zwischenhändler in Dubai.',
    ],
  },
  {
    lang: 'es',
    headline: 'La fábrica que nunca dejó de vender a Rusia',
    paragraphs: [
      'La fábrica de las afueras de la capital siguió enviando piezas a su socio ruso durante todo el año pasado, según documentos de aduanas.',
      'Los antiguos empleados aseguran que los pedidos llegaban cada semana a través de una empresa intermediaria registrada en el extranjero.',
      'El ministerio de industria negó cualquier irregularidad y dijo que todas las ventas se ajustan a la ley vigente.',
      'La empresa intermediaria no respondió a las preguntas enviadas por correo electrónico durante las dos últimas semanas.',
    ],
    lookalikes: [
      'Compartir la tecnología con Rusia fue la condición del contrato que firmó la empresa en 2020.',
      'Fuente de la mayoría de los pedidos es una sociedad registrada en Chipre hace apenas tres años.',
      'Síguenos la pista del dinero, dijo el fiscal, y verás quién paga de verdad las facturas.',
    ],
  },
  {
    lang: 'ru',
    headline: 'Завод, который не заметил санкций',
    paragraphs: [
      'Завод на окраине города за последние пять лет трижды сменил владельцев, каждый раз через компанию, зарегистрированную за границей.',
      'Бывшие сотрудники рассказывают, что производство не останавливалось даже в те месяцы, когда официальная статистика показывала ноль.',
      'Таможенные данные называют одних и тех же двух покупателей почти всех партий продукции за последние годы.',
      'В министерстве промышленности на письменные вопросы редакции о заводе и его владельцах так и не ответили.',
    ],
    lookalikes: [
      'Читайте также между строк: отчёт завода умалчивает о главном покупателе его продукции.',
      'Подписчики канала министерства узнали о задержке только через месяц после её начала.',
      'Фото со спутника показывают новые ангары рядом с заводом, построенные за последний год.',
    ],
  },
  {
    lang: 'pl',
    headline: 'Fabryka, która omija sankcje',
    paragraphs: [
      'Zakład pod Mińskiem od pięciu lat sprzedaje niemal całą produkcję dwóm firmom handlowym zarejestrowanym za granicą.',
      'Byli pracownicy twierdzą, że linie produkcyjne nie stanęły ani na jeden dzień, choć oficjalne dane mówiły co innego.',
      'Dokumenty celne, do których dotarliśmy, pokazują te same nazwy odbiorców w niemal każdej dostawie od lat.',
      'Ministerstwo przemysłu nie odpowiedziało na pytania wysłane przez redakcję w ubiegłym tygodniu.',
    ],
    lookalikes: [
      'Udostępnij dane komisji zakład odmówił już trzy razy, mimo kolejnych wezwań posłów.',
      'Obserwuj przepływ pieniędzy, a zobaczysz, kto naprawdę zarabia na tym eksporcie.',
      'Czytaj też raporty ONZ, bo pokazują one skalę omijania sankcji przez reżim.',
    ],
  },
];

/** Headline, then paragraph, lookalike, paragraph, lookalike…: every lookalike sits between two paragraphs. */
function page(c: (typeof CASES)[number]): string {
  const parts = [c.headline, c.paragraphs[0]!];
  c.lookalikes.forEach((l, i) => parts.push(l, c.paragraphs[(i % (c.paragraphs.length - 1)) + 1]!));
  return parts.join('\n\n');
}

describe('body lines that begin like furniture', () => {
  it.each(CASES.map((c) => [c.lang, c] as const))('%s: every lookalike stays in the body', (_lang, c) => {
    const { articles } = compileSource(`lookalike-${c.lang}`, `lookalike-${c.lang}.txt`, page(c));
    const body = articles[0]?.body.map((b) => b.text) ?? [];
    for (const line of c.lookalikes) expect(body).toContain(line);
    expect(articles[0]?.title.value).toBe(c.headline);
  });

  it('still removes the furniture those lines look like, when the shape is certain', () => {
    const c = CASES[0]!;
    const furniture = ['Read also: Minsk buys Chinese drones', 'Share:', 'Follow us on Telegram', 'Photo: Reuters', 'Tags: Belarus, Russia, missiles'];
    const text = [c.headline, c.paragraphs[0]!, ...furniture.flatMap((f, i) => [f, c.paragraphs[(i % 3) + 1]!])].join('\n\n');
    const body = compileSource('furniture-en', 'furniture-en.txt', text).articles[0]?.body.map((b) => b.text) ?? [];
    for (const line of furniture) expect(body).not.toContain(line);
  });
});
