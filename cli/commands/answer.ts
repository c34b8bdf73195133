// planbook answer LINK [--status S] [--results TEXT] [--participants N] [--classes TEXT] [--link URL]:
// what the «Отметить результат» page's form does, through the same web app entry point (doPost), for
// scripts and tests. Only the fields given are sent; the others keep what the plan has.
import { runWebApp } from '../../localgas/webapp';
import { CliError, type Command } from './types';

/** The CLI's options and the form's fields they fill. */
const FIELDS = [
  ['status', 'status'],
  ['results', 'results'],
  ['participants', 'participants'],
  ['classes', 'classes'],
  ['link', 'publication'],
] as const;

/** The page's words, without tags: its heading and what it says (saved, refused, or what to correct). */
export function pageText(html: string): string {
  const main = /<main>([\s\S]*?)<footer>/.exec(html)?.[1] ?? html;
  return main
    .replace(/<(option|select|textarea|input)[\s\S]*?(<\/\1>|>)/g, ' ')
    .replace(/<\/(h1|p|dd|div|label)>/g, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s+/g, '\n')
    .trim();
}

export const answerCmd: Command = {
  name: 'answer',
  usage:
    'planbook answer ССЫЛКА [--status S] [--results ТЕКСТ] [--participants N] [--classes ТЕКСТ] [--link URL]',
  summary: 'итоги мероприятия по ссылке «Отметить результат» из письма (как форма веб-приложения)',
  summaryEn: "the results of an event through a mail's «Record the result» link (as the web app form does)",
  args: [{ name: 'ССЫЛКА' }],
  options: [
    {
      name: 'status',
      value: 'СТАТУС',
      help: {
        ru: 'проведено, перенесено, отменено или запланировано',
        en: 'held, moved, cancelled or planned',
      },
    },
    {
      name: 'results',
      value: 'ТЕКСТ',
      help: { ru: 'итоги (до 2000 знаков)', en: 'the results (up to 2,000 characters)' },
    },
    { name: 'participants', value: 'N', help: { ru: 'число участников', en: 'the number of participants' } },
    {
      name: 'classes',
      value: 'ТЕКСТ',
      help: { ru: 'классы, например «5А, 6Б»', en: 'the classes, e.g. «5А, 6Б»' },
    },
    {
      name: 'link',
      value: 'URL',
      help: { ru: 'ссылка на публикацию или фотоотчёт', en: 'a link to the publication or photo report' },
    },
  ],
  async run(args, io, open) {
    const link = args.positional[0];
    let url: URL;
    try {
      url = new URL(String(link ?? ''));
    } catch {
      throw new CliError('planbook answer: нужна ссылка «Отметить результат» из письма (http…/exec?t=…)', 2);
    }
    if (!url.searchParams.get('t'))
      throw new CliError('planbook answer: в ссылке нет подписи (?t=…) — скопируйте её из письма целиком', 2);
    const form = new URLSearchParams();
    form.set('t', url.searchParams.get('t')!);
    for (const [flag, field] of FIELDS) {
      const v = args.flags[flag];
      if (v === true) throw new CliError(`planbook answer: --${flag} — нужно значение`, 2);
      if (typeof v === 'string') form.set(field, v);
    }
    const rt = await open();
    const r = await runWebApp(rt, new URL(url.pathname, 'http://127.0.0.1/'), {
      type: 'application/x-www-form-urlencoded',
      contents: form.toString(),
    });
    const text = r.status === 200 ? pageText(r.html) : r.html;
    const saved = r.status === 200 && r.html.includes('class="card ok"');
    (saved ? io.out : io.err)(text);
    return saved ? 0 : 1;
  },
};
