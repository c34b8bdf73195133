// The «План мероприятий» menu. Each item names a top-level function of main.ts (a test checks they exist).

import { type TextId, t } from '../domain/texts/ui';
import type { Lang } from '../domain/types';
import { addMenu } from '../gas/ui';

export const MENU: ({ text: TextId; fn: string } | null)[] = [
  { text: 'menuSetup', fn: 'menuSetup' },
  { text: 'menuImport', fn: 'menuImport' },
  { text: 'menuCheck', fn: 'menuCheckPlan' },
  { text: 'menuSync', fn: 'menuSyncCalendar' },
  { text: 'menuConfirmMass', fn: 'menuConfirmMassSync' },
  { text: 'menuRemind', fn: 'menuSendReminders' },
  { text: 'menuPreview', fn: 'menuPreviewReminders' },
  { text: 'menuReport', fn: 'menuBuildReport' },
  { text: 'menuYearReport', fn: 'menuBuildYearReport' },
  null,
  { text: 'menuOn', fn: 'menuAutomationOn' },
  { text: 'menuOff', fn: 'menuAutomationOff' },
  { text: 'menuRevoke', fn: 'menuRevokeLinks' },
  { text: 'menuAccess', fn: 'menuCheckAccess' },
  null,
  { text: 'menuStatus', fn: 'menuStatus' },
  { text: 'menuSettings', fn: 'menuSettings' },
  { text: 'menuHelp', fn: 'menuHelp' },
];

/** The menu in the sheet's menu bar, or (an Editor add-on) under Extensions (R/base/ui#createAddonMenu()). */
export function buildMenu(lang: Lang, addon = false): void {
  const items = MENU.map((item) =>
    item ? { caption: t(item.text, lang), functionName: item.fn } : { caption: '', functionName: '' },
  );
  addMenu(t('menuTitle', lang), items, addon);
}
