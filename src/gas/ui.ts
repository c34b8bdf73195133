// The spreadsheet's Ui (SpreadsheetApp.getUi(), R/base/ui): the menu, alerts and prompts.
// Dialogs and the sidebar are shown by gas/html.ts.

export interface MenuItem {
  caption: string;
  /** A top-level function of Code.js; '' for a separator. */
  functionName: string;
}

/** A menu in the menu bar, or (an Editor add-on) the add-on's menu under Extensions (R/base/ui#createAddonMenu()). */
export function addMenu(title: string, items: MenuItem[], addon: boolean): void {
  const ui = SpreadsheetApp.getUi();
  const menu = addon ? ui.createAddonMenu() : ui.createMenu(title);
  for (const item of items) {
    if (item.functionName) menu.addItem(item.caption, item.functionName);
    else menu.addSeparator();
  }
  menu.addToUi();
}

export function alert(text: string): void {
  SpreadsheetApp.getUi().alert(text);
}

/** The text the person typed, or null when they cancelled. */
export function promptText(title: string, prompt: string): string | null {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(title, prompt, ui.ButtonSet.OK_CANCEL);
  return answer.getSelectedButton() === ui.Button.OK ? answer.getResponseText() : null;
}

/** A yes/no question (R/base/ui#alert(String,String,ButtonSet)): true for «Да». */
export function confirm(title: string, prompt: string): boolean {
  const ui = SpreadsheetApp.getUi();
  return ui.alert(title, prompt, ui.ButtonSet.YES_NO) === ui.Button.YES;
}
