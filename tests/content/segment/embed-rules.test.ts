import { describe, expect, it } from 'vitest';
import { classifyFurniture } from '@/lib/content/segment/line-rules';

describe('furniture in many languages, recognised by shape', () => {
  it.each([
    ['This post is hosted by a third party. Showing it sets cookies from twitter.com.', 'embed'],
    ['Um diesen Beitrag zu sehen, stimmen Sie dem externen Inhalt zu: Datenschutz', 'embed'],
    ['Відео недоступне. Щоб переглянути його, дозвольте файли cookie.', 'embed'],
    ['Show Tweet', 'embed'],
    ['Zobacz wpis na Instagram', 'embed'],
    ['Смотреть видео на YouTube', 'embed'],
    ['— Agency Desk (@desk_example) May 2, 2021', 'embed'],
    ['👁 12 408', 'counter'],
    ['2 731 views', 'counter'],
    ['Просмотров: 1204', 'counter'],
    ['Minsk −3 °C', 'weather'],
    ['Львів +12°', 'weather'],
    ['yesterday, 09:40', 'relative-time'],
    ['hier, 17:05', 'relative-time'],
    ['vor 3 Stunden', 'relative-time'],
    ['5 годин тому', 'relative-time'],
    ['3 godziny temu', 'relative-time'],
    ['Partager sur Facebook', 'site-prompt'],
    ['Folgen Sie uns auf Telegram', 'site-prompt'],
    ['Підписуйтесь на наш канал у Telegram, щоб бути в курсі', 'site-prompt'],
    ['Udostępnij:', 'site-prompt'],
    ['Skip to main content', 'site-prompt'],
    ['Anzeige', 'site-prompt'],
    ['Lire aussi : Les manœuvres reprennent près de la frontière', 'related-block'],
    ['Читайте також: Навчання біля кордону завершилися', 'related-block'],
    ['Baca juga: Latihan militer di perbatasan', 'related-block'],
    ['Фота: архіў рэдакцыі', 'photo-credit'],
    ['Fot. Agencja/Foto', 'photo-credit'],
    ['Soldiers at a rehearsal of the parade. (Photo: Staff / Agency)', 'photo-credit'],
    ['Startseite › Ausland › Osteuropa', 'navigation'],
    ['Dieser Beitrag ist nur für Abonnenten verfügbar.', 'site-prompt'],
    ['Sondage : Faut-il renforcer la frontière ?', 'site-prompt'],
    ['This article first appeared on our partner site.', 'site-prompt'],
  ])('“%s” is %s', (line, reason) => expect(classifyFurniture(line)).toBe(reason));

  it.each([
    'The minister was unavailable for comment on Tuesday, his office said.',
    'Share prices fell sharply in Minsk on Monday as traders sold.',
    'Die Armee zeigte 12 neue Fahrzeuge auf der Parade.',
    'Lukaschenko besuchte gestern eine Kaserne bei Brest und sprach mit Soldaten.',
    'Les soldats ont suivi un entraînement intensif pendant trois semaines.',
    'Військові отримали наказ вийти в призначені райони до ранку.',
    'Watch Minsk closely',
    'Belarus buys 12 trucks',
    'The plan was first published in 2015 by the ministry, officials said.',
  ])('keeps the article’s own line “%s”', (line) => expect(classifyFurniture(line)).toBeNull());
});
