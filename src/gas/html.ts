// HtmlService + the spreadsheet's Ui: planbook's dialogs and sidebar (R/html/html-service, R/base/ui).
// Templates get their data as properties; printing scriptlets `<?= ?>` escape contextually
// (G/html/templates), so sheet text is never printed raw.

export interface DialogSpec {
  /** The .html file in src/ui/ (copied to dist/ by the build), without the extension. */
  file: string;
  title: string;
  width: number;
  height: number;
  sidebar?: boolean;
}

/** One of our own .html files as text (for the include pattern of G/html/best-practices). */
export function fileContent(name: string): string {
  return HtmlService.createHtmlOutputFromFile(name).getContent();
}

export function showTemplate(spec: DialogSpec, props: Record<string, unknown>): void {
  const template = HtmlService.createTemplateFromFile(spec.file);
  for (const [k, v] of Object.entries(props)) (template as unknown as Record<string, unknown>)[k] = v;
  const output = template.evaluate().setTitle(spec.title).setWidth(spec.width).setHeight(spec.height);
  const ui = SpreadsheetApp.getUi();
  // showSidebar shows the output's title; showModalDialog's title argument overrides setTitle (R/base/ui).
  if (spec.sidebar) ui.showSidebar(output);
  else ui.showModalDialog(output, spec.title);
}
