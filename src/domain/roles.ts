// People and roles in one Ответственные cell as schools write them: without commas («Зам. директора
// по ВР Кл. руководители», «Смирнова О.В. Кузнецов П.И.», «Директор. Педагог-организатор»), with «и»
// inside a role («учителя ИЗО и музыки») or between roles («завуч и классные руководители»), and the
// usual abbreviations turned into the role a school writes on its Ответственные sheet.

/** Words that begin a role: a capitalised one starts a new person or role in a cell without commas. */
const ROLE_START =
  /^(?:кл\.|классн|зам\.|зам\.?по|замдир|заместител|зд[уа]?в?р$|директор|педагог|пед\.|учител|библиотекар|организатор|вожат|ст\.|старш|советник|социальн|соц\.|психолог|завуч|руководител|администрац|родител|медицинск|медсестр|фельдшер|инспектор|актив|совет|члены|командир|тренер|преподавател|воспитател|начальник|специалист|инженер|секретар|логопед|дефектолог|юнарм|отряд|волонт|коллектив|отдел|школьн|ученическ|президент|лидер|ответственн|дежурн|ансамбл|оркестр|хор$)/i;

const SURNAME = /^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?,?$/;
const INITIALS = /^[А-ЯЁ]\.(?:[А-ЯЁ]\.?)?,?$/;
const INITIAL = /^[А-ЯЁ]\.?,?$/;

/** Tokens [i..] begin a name with initials («Смирнова О.В.», «Смирнова О. В.», «О.В. Смирнова»)? Its length, or 0. */
function nameAt(t: string[], i: number): number {
  const a = t[i] ?? '';
  const b = t[i + 1] ?? '';
  const c = t[i + 2] ?? '';
  if (SURNAME.test(a)) {
    if (INITIALS.test(b) && b.length >= 3) return 2;
    if (INITIAL.test(b) && /\.$/.test(b) && INITIAL.test(c) && /\./.test(c)) return 3;
    if (INITIAL.test(b) && /\.$/.test(b)) return 2;
  }
  if (/^[А-ЯЁ]\.[А-ЯЁ]\.$/.test(a) && SURNAME.test(b)) return 2;
  return 0;
}

/** The first word of a two-word role («Классные Руководители», «Зам. Директора»): no split after it. */
const ROLE_HEAD =
  /^(?:по|с|для|и|классн\S*|кл\.|старш\S*|ст\.|социальн\S*|соц\.|школьн\S*|зам\.|заместител\S*|педагог|пед\.|учител\S*|медицинск\S*)$/i;

const isCapital = (w: string) => /^[А-ЯЁA-Z]/.test(w);
const ABBREVIATION = /^(?:кл|зам|дир|рук|пед|орг|соц|ст|зав|уч|нач|рук-ль|отв|и\.о|в\.р|у\.в\.р)\.$/i;

/** One part of a cell (between commas) → the people and roles in it. */
function splitPart(part: string): string[] {
  const tokens = part
    .replace(/\.\.(?=\S)/g, '. ')
    .split(/\s+/)
    .filter((w) => w !== '');
  const units: string[][] = [];
  let cur: string[] = [];
  let curHasName = false;
  let afterName = false;
  const flush = () => {
    if (cur.length) units.push(cur);
    cur = [];
    curHasName = false;
    afterName = false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i] ?? '';
    const next = tokens[i + 1] ?? '';
    if (w === 'и' && cur.length > 0 && (ROLE_START.test(next) || nameAt(tokens, i + 1) > 0)) {
      flush();
      continue;
    }
    const n = nameAt(tokens, i);
    if (n > 0) {
      if (curHasName || afterName) flush();
      cur.push(...tokens.slice(i, i + n));
      curHasName = true;
      afterName = true;
      i += n - 1;
      continue;
    }
    if (cur.length > 0) {
      const prev = cur[cur.length - 1] ?? '';
      // «Дежурный класс классные руководители»: the usual role starts anew even in lower case
      if (/^классн/i.test(w) && /^руководител/i.test(next) && !ROLE_HEAD.test(prev)) flush();
      const sentenceEnd = /[а-яё]{4,}\.$/.test(prev) && !ABBREVIATION.test(prev);
      if (isCapital(w) && (afterName || sentenceEnd || (ROLE_START.test(w) && !ROLE_HEAD.test(prev))))
        flush();
    }
    cur.push(w);
    afterName = false;
  }
  flush();
  return units.map((u) => u.join(' '));
}

/** Splits a cell that has no commas between its people and roles; keeps one that is one role. */
export function splitWithoutCommas(part: string): string[] {
  return splitPart(part).filter((p) => p.replace(/[\s.,;:-]+/g, '') !== '');
}

const HAS_NAME = /[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.|[А-ЯЁ]\.\s*[А-ЯЁ]\.\s*[А-ЯЁ][а-яё]/;

const ZAM_TOPIC: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:у\.?\s*в\.?\s*р|учебно-?\s*воспитательной\s+работе)$/, 'УВР'],
  [/^(?:в\.?\s*р|воспитательной\s+работе|воспитанию)$/, 'ВР'],
  [/^(?:у\.?\s*р|учебной\s+работе)$/, 'УР'],
  [/^(?:а\.?\s*х\.?\s*[чр]|административно-хозяйственной\s+работе)$/, 'АХР'],
  [/^безопасности$/, 'безопасности'],
];

function zamRole(topic: string): string | null {
  const t = topic.trim().toLowerCase().replace(/\.$/, '');
  for (const [re, name] of ZAM_TOPIC) if (re.test(t)) return 'Заместитель директора по ' + name;
  return null;
}

/**
 * The role a school writes on its Ответственные sheet for a common spelling: «кл. рук.», «Кл.руководители
 * 5-11 кл» → «Классные руководители»; «Зам.по ВР», «ЗДВР», «зам. директора по воспитательной работе» →
 * «Заместитель директора по ВР»; «педагог организатор» → «Педагог-организатор»… A person's name is
 * kept as written (initials without spaces).
 */
export function canonicalRole(name: string): string {
  const s = name.replace(/\s+/g, ' ').trim();
  if (HAS_NAME.test(s)) return s.replace(/([А-ЯЁ])\.\s+(?=[А-ЯЁ]\.)/g, '$1.');
  const k = s.toLowerCase().replace(/ё/g, 'е');
  if (
    /^(?:кл\.?\s*рук\S*|кл\.?\s*руководител\S*|классн\S*\s+руководител\S*)(?:\s+(?:\d|[ivx]+\s*[-–]\s*[ivx]+\s).*)?$/.test(
      k,
    )
  )
    return 'Классные руководители';
  const zd = /^зд(у?в?р|ур)$/.exec(k);
  if (zd) return zamRole(zd[1] === 'ур' ? 'ур' : (zd[1] ?? '')) ?? s;
  const zam = /^(?:зам\.?\s*|замдир\S*\s*|заместител\S*\s*)(?:дир\S*\s*)?по\s*(.+)$/.exec(k);
  if (zam) return zamRole(zam[1] ?? '') ?? s;
  if (/^пед(?:агог|\.)?\s*-?\s*организатор\S*$/.test(k)) return 'Педагог-организатор';
  if (/^пед(?:агог|\.)?\s*-\s*психолог$/.test(k)) return 'Педагог-психолог';
  if (/^(?:соц\.|социальн\S*)\s*педагог$/.test(k)) return 'Социальный педагог';
  if (/^советник\s+(?:директора\s+)?по\s+воспитани/.test(k)) return 'Советник директора по воспитанию';
  if (/^ст\.?\s*вожат(?:ый|ая)$/.test(k)) return k.endsWith('ая') ? 'Старшая вожатая' : 'Старший вожатый';
  return s;
}

/** The Ответственные cell of an imported row: the people and roles, canonical, comma-separated. */
export function importResponsiblesFrom(parts: string[]): string {
  const out: string[] = [];
  for (const p of parts) {
    const canonical = canonicalRole(p);
    // the school's own spelling stays when only the case differs
    const c = canonical.toLowerCase() === p.toLowerCase() ? p : canonical;
    if (!out.some((x) => x.toLowerCase() === c.toLowerCase())) out.push(c);
  }
  return out.join(', ');
}

const NAME_LINE =
  /^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s*(?:[А-ЯЁ]\.?)?$|^[А-ЯЁ]\.\s*(?:[А-ЯЁ]\.)?\s*[А-ЯЁ][а-яё]+$/;

/**
 * A table cell's line breaks that do not part two people glued back: in a cell with commas only a
 * comma parts them («ФГУЗ "МСЧ N 59" ФМБА\nРоссии,\nДепартамент образования»); without commas a line
 * that goes on in lower case («Администрация\nрайона») and a role over its person's name («Директор
 * школы\nСимонович О.С.») are one; names one per line stay apart. «(по согласованию)» is a note.
 */
export function joinCellLines(cell: string): string {
  const text = cell
    .replace(/\s*\(\s*по\s+согласованию\s*\)/gi, '')
    .replace(/([А-ЯЁа-яё])- (?=[а-яё]{5,})/g, '$1-'); // «Учителя- предметники»
  const lines = text.split(/\s*\n\s*/).filter((l) => l !== '');
  const commas = /[,;]/.test(text);
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const soft =
      prev !== undefined &&
      (commas
        ? !/[,;]$/.test(prev)
        : /^[a-zа-яё(]/.test(line) ||
          (ROLE_START.test(prev) && !/[А-ЯЁ]\.$/.test(prev) && NAME_LINE.test(line)));
    if (soft) out[out.length - 1] = prev + ' ' + line;
    else out.push(line);
  }
  return out.join('\n');
}
