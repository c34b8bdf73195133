// SpreadsheetApp.getUi(): menus, alerts and dialogs are recorded, not shown.
// Alerts and prompts take their answers from a queue that tests and the CLI fill (default: OK / Cancel).
import { productOf } from '../product';
import type { ServiceContext } from '../service';

type Ui = GoogleAppsScript.Base.Ui;
type Menu = GoogleAppsScript.Base.Menu;

export interface RecordedMenu {
  title: string;
  items: { caption: string; functionName: string }[];
  addon: boolean;
}

export interface RecordedDialog {
  kind: 'modal' | 'modeless' | 'sidebar';
  title: string;
  html: string;
  width?: number;
  height?: number;
}

export const BUTTON = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
export const BUTTON_SET = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;

export class UiFake {
  menus: RecordedMenu[] = [];
  alerts: { title: string; prompt: string }[] = [];
  dialogs: RecordedDialog[] = [];
  toasts: string[] = [];
  /** Answers for the next alerts/prompts: a button name, or {button, text} for prompts. */
  answers: (string | { button: string; text: string })[] = [];

  constructor(private readonly ctx: ServiceContext) {}

  beginExecution(): void {
    // Menus are rebuilt by onOpen on every open; keep only the last execution's.
    this.menus = [];
  }

  api(): Pick<
    Ui,
    | 'createMenu'
    | 'createAddonMenu'
    | 'alert'
    | 'prompt'
    | 'showModalDialog'
    | 'showModelessDialog'
    | 'showSidebar'
  > & { Button: typeof BUTTON; ButtonSet: typeof BUTTON_SET } {
    const hit = (m: string) => this.ctx.meter.hit(`Ui.${m}`);
    const makeMenu = (title: string, addon: boolean): Menu => {
      const rec: RecordedMenu = { title, items: [], addon };
      const menu = {
        addItem: (caption: string, functionName: string) => {
          hit('Menu.addItem');
          rec.items.push({ caption, functionName });
          return menu;
        },
        addSeparator: () => {
          hit('Menu.addSeparator');
          rec.items.push({ caption: '---', functionName: '' });
          return menu;
        },
        addSubMenu: (sub: Menu) => {
          hit('Menu.addSubMenu');
          void sub;
          return menu;
        },
        addToUi: () => {
          hit('Menu.addToUi');
          this.menus.push(rec);
        },
      };
      return menu as unknown as Menu;
    };
    const nextAnswer = () => this.answers.shift();
    const self = this;
    return {
      Button: BUTTON,
      ButtonSet: BUTTON_SET,
      createMenu(caption: string) {
        hit('createMenu');
        return makeMenu(caption, false);
      },
      createAddonMenu() {
        hit('createAddonMenu');
        return makeMenu(productOf(self.ctx).name, true);
      },
      alert(...a: unknown[]) {
        hit('alert');
        const [title, prompt] = a.length >= 2 && typeof a[1] === 'string' ? [a[0], a[1]] : ['', a[0]];
        self.alerts.push({ title: String(title), prompt: String(prompt) });
        const ans = nextAnswer();
        return (typeof ans === 'string' ? ans : (ans?.button ?? BUTTON.OK)) as never;
      },
      prompt(...a: unknown[]) {
        hit('prompt');
        const [title, prompt] = a.length >= 2 && typeof a[1] === 'string' ? [a[0], a[1]] : ['', a[0]];
        self.alerts.push({ title: String(title), prompt: String(prompt) });
        const ans = nextAnswer();
        const button = typeof ans === 'string' ? ans : (ans?.button ?? BUTTON.CANCEL);
        const text = typeof ans === 'object' ? ans.text : '';
        return { getResponseText: () => text, getSelectedButton: () => button } as never;
      },
      showModalDialog(output: GoogleAppsScript.HTML.HtmlOutput, title: string) {
        hit('showModalDialog');
        self.dialogs.push({ kind: 'modal', title, html: output.getContent(), ...size(output) });
      },
      showModelessDialog(output: GoogleAppsScript.HTML.HtmlOutput, title: string) {
        hit('showModelessDialog');
        self.dialogs.push({ kind: 'modeless', title, html: output.getContent(), ...size(output) });
      },
      showSidebar(output: GoogleAppsScript.HTML.HtmlOutput) {
        hit('showSidebar');
        self.dialogs.push({
          kind: 'sidebar',
          title: output.getTitle(),
          html: output.getContent(),
          ...size(output),
        });
      },
    } as never;
  }
}

/** The size the script asked for (HtmlOutput.setWidth/setHeight), when the output has one. */
function size(output: GoogleAppsScript.HTML.HtmlOutput): { width?: number; height?: number } {
  const o = output as Partial<GoogleAppsScript.HTML.HtmlOutput>;
  return { width: o.getWidth?.(), height: o.getHeight?.() };
}
