import { describe, expect, it } from 'vitest';
import { compileText } from '../../support/compile-text';

const title = (text: string) => compileText(text).articles[0]?.title?.value;

const BODY_ES = [
  'El ayuntamiento aprobó el jueves por la noche un nuevo horario para los autobuses que unen las aldeas con la cabecera del municipio.',
  'Los cambios entrarán en vigor a principios de enero y añaden dos viajes diarios los fines de semana.',
  'El concejal de transportes explicó que la petición llegó de las juntas vecinales y de las asociaciones de mayores.',
].join('\n');

const BODY_CS = [
  'Zastupitelé ve čtvrtek večer schválili nový jízdní řád autobusů, které spojují okolní vesnice s centrem města.',
  'Změny začnou platit od ledna a o víkendech přibudou dva spoje denně.',
  'Podle radního pro dopravu o změnu žádali starostové okolních obcí.',
].join('\n');

describe('a masthead over the date is no headline (isMastheadOverHeadline)', () => {
  it('takes the headline under the date, not a three-word name on line 1 above it', () => {
    expect(title(`Hoy en Teruel\n5 de diciembre de 2026\nEl ayuntamiento cambia el horario de los autobuses rurales\n${BODY_ES}`)).toBe(
      'El ayuntamiento cambia el horario de los autobuses rurales',
    );
  });

  it('does so with a byline between the name and the headline, in another language', () => {
    expect(title(`Hlas od Labe\nAutor: Petr Novák\n5. prosince 2026\nMěsto mění jízdní řád autobusů do okolních vesnic\n${BODY_CS}`)).toBe(
      'Město mění jízdní řád autobusů do okolních vesnic',
    );
  });

  it('takes a question headline under the date when the name recurs in a © line', () => {
    // The title keeps the question's words; its closing mark is the title cleaner's business.
    expect(title(`Hoy en Teruel\n5 de diciembre de 2026\n¿Quién paga los nuevos autobuses rurales?\n${BODY_ES}\n© 2026 Hoy en Teruel`)).toMatch(
      /^¿Quién paga los nuevos autobuses rurales/u,
    );
  });

  it('keeps a short headline on line 1 over the date when no other line could be one', () => {
    expect(title(`Autobuses rurales cambian\n5 de diciembre de 2026\n${BODY_ES}`)).toBe('Autobuses rurales cambian');
  });

  it('keeps the line above the date when the line under it is a finished sentence and the name recurs nowhere', () => {
    const standfirst = 'Los vecinos de las aldeas tendrán dos viajes más cada fin de semana desde enero.';
    expect(title(`Cambian los autobuses rurales\n5 de diciembre de 2026\n${standfirst}\n${BODY_ES}`)).toBe('Cambian los autobuses rurales');
  });

});
