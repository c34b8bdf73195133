// The script's names as people read them: localgas knows no product. A project's CLI passes its own
// (Runtime.open's `product`); a fake tested alone, or a runtime opened without one, gets these neutral ones.
export interface ProductOptions {
  /**
   * The name people read in the emulator's messages (a busy workspace, a spreadsheet changed on disk), the
   * add-on menu's caption, and the name of a new spreadsheet or calendar that has none yet.
   */
  name: string;
  /** The command that sets the script up anew, named when the workspace's spreadsheet cannot be read. */
  setupCommand: string;
  /** The workspace's folder of fake state (one JSON file per service), e.g. '.localgas'. */
  stateDir: string;
}

export const DEFAULT_PRODUCT: ProductOptions = {
  name: 'localgas',
  setupCommand: 'setup',
  stateDir: '.localgas',
};

/** The product of a service context (service.ts): the runtime's, or the neutral defaults. */
export function productOf(ctx: { product?: ProductOptions }): ProductOptions {
  return ctx.product ?? DEFAULT_PRODUCT;
}
