/**
 * Indonesian told from Malay, which the detector calls by one name ("ms"): by the spellings the
 * two standards disagree on.
 */

/** Words whose spelling differs between the Indonesian and Malaysian standards (Indonesian first). */
const ID_MS_PAIRS: [string, string][] = [
  ['karena', 'kerana'],
  ['uang', 'wang'],
  ['saja', 'sahaja'],
  ['bisa', 'boleh'],
  ['pemerintah', 'kerajaan'],
  ['kantor', 'pejabat'],
  ['polisi', 'polis'],
  ['kamis', 'khamis'],
  ['jumat', 'jumaat'],
  ['agustus', 'ogos'],
  ['desember', 'disember'],
  ['maret', 'mac'],
  ['juli', 'julai'],
  ['miliar', 'bilion'],
  ['bahwa', 'bahawa'],
  ['yaitu', 'iaitu'],
  ['maupun', 'mahupun'],
  ['serikat', 'syarikat'],
  ['tentara', 'tentera'],
  ['kendaraan', 'kenderaan'],
  ['universitas', 'universiti'],
];


/** Indonesian or Malay, by the spellings a text uses of the words the two standards write differently. */
export function indonesianOrMalay(text: string): { value: 'id' | 'ms'; note: string } {
  const words = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
  const id = ID_MS_PAIRS.filter(([w]) => words.has(w)).map(([w]) => w);
  const ms = ID_MS_PAIRS.filter(([, w]) => words.has(w)).map(([, w]) => w);
  if (id.length > ms.length) return { value: 'id', note: `Indonesian spellings: ${id.join(', ')}` };
  if (ms.length > id.length) return { value: 'ms', note: `Malay spellings: ${ms.join(', ')}` };
  // eld has no Indonesian model and says "ms" for both; with no telling spelling, the far more
  // widely published standard is the better guess, and the evidence says it was one.
  return { value: 'id', note: 'no spelling tells Indonesian from Malay; Indonesian assumed' };
}
