// planbook's dialogs and sidebar: which .html template, its size and title, and the data it prints.
// Sheet text reaches the page only through printing scriptlets `<?= ?>` (escaped) or, in the client,
// through textContent (src/ui/Client.html); never through `<?!= ?>` or innerHTML.

import { openContext } from '../app/context';
import { setupData } from '../app/wizard';
import { SETTING_DEFS } from '../domain/settings';
import { type DialogTextsId, dialogTexts } from '../domain/texts/dialogs';
import type { Lang } from '../domain/types';
import { type DialogSpec, fileContent, showTemplate } from '../gas/html';
import { gasPorts } from '../gas/ports';
import { effectiveUserEmail } from '../gas/session';
import { userLang } from './lang';

const SIZES = {
  setup: { file: 'Setup', width: 560, height: 660 },
  import: { file: 'Import', width: 900, height: 640 },
  status: { file: 'Status', width: 300, height: 600, sidebar: true },
  help: { file: 'Help', width: 600, height: 560 },
} as const;

function open(id: DialogTextsId, lang: Lang, props: Record<string, unknown>, titleKey = 'title'): void {
  const t = dialogTexts(id, lang);
  const spec: DialogSpec = { ...SIZES[id], title: t[titleKey] ?? '' };
  // The shared head (base target, charset, viewport, styles) and client helpers are our own files, included
  // raw (the include pattern of G/html/best-practices); nothing from the sheet is in them.
  const head = fileContent('Head');
  const client = fileContent('Client');
  showTemplate(spec, { t, lang, textsJson: JSON.stringify(t), head, client, ...props });
}

/** The setup wizard (first use) or the same form as «Settings». */
export function openSetupDialog(mode: 'setup' | 'settings'): void {
  const book = openContext(gasPorts());
  const lang = book.book.find('settings') ? book.lang : userLang();
  const d = setupData(book, effectiveUserEmail());
  open('setup', lang, { d, mode }, mode === 'settings' ? 'settingsTitle' : 'title');
}

export function openImportDialog(): void {
  const ctx = openContext(gasPorts());
  open('import', ctx.book.find('settings') ? ctx.lang : userLang(), {});
}

/** The sidebar loads its data with google.script.run getSidebar(), so «Refresh» and opening agree. */
export function openStatusSidebar(): void {
  const ctx = openContext(gasPorts());
  open('status', ctx.book.find('settings') ? ctx.lang : userLang(), {});
}

export function openHelpDialog(): void {
  const ctx = openContext(gasPorts());
  const setUp = Boolean(ctx.book.find('settings'));
  const lang = setUp ? ctx.lang : userLang();
  const settings = setUp
    ? SETTING_DEFS.map((d) => ({ name: lang === 'ru' ? d.ru : d.en, value: ctx.settings.get(d.code) }))
    : [];
  open('help', lang, { settings });
}
