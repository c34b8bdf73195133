// Range and sheet protections. The owner (the session's user) is always an editor and can't be removed.
import type { Env, Range } from './env';
import type { ProtectionModel } from './model';

type Protection = GoogleAppsScript.Spreadsheet.Protection;
type ProtectionType = GoogleAppsScript.Spreadsheet.ProtectionType;
type User = GoogleAppsScript.Base.User;

export const PROTECTION_TYPE = Object.freeze({
  RANGE: 'RANGE',
  SHEET: 'SHEET',
}) as unknown as typeof GoogleAppsScript.Spreadsheet.ProtectionType;

export function userOf(email: string): User {
  return {
    getEmail: () => email,
    getUserLoginId: () => email,
    getName: () => email.split('@')[0] ?? email,
    getNickname: () => email.split('@')[0] ?? email,
  } as unknown as User;
}

function emailOf(u: unknown): string {
  if (typeof u === 'string') return u;
  if (u && typeof (u as User).getEmail === 'function') return (u as User).getEmail();
  throw new Error('Invalid argument: emailAddress');
}

type Methods =
  | 'setDescription'
  | 'getDescription'
  | 'setWarningOnly'
  | 'isWarningOnly'
  | 'addEditor'
  | 'addEditors'
  | 'removeEditor'
  | 'removeEditors'
  | 'getEditors'
  | 'canDomainEdit'
  | 'setDomainEdit'
  | 'getRange'
  | 'remove'
  | 'canEdit'
  | 'getProtectionType';

export class ProtectionFake implements Pick<Protection, Methods> {
  constructor(
    private readonly env: Env,
    readonly model: ProtectionModel,
  ) {}

  private hit(m: string): void {
    this.env.hit(`Protection.${m}`);
  }
  private self(): Protection {
    return this as unknown as Protection;
  }
  private get owner(): string {
    return this.env.ctx.session.email;
  }

  setDescription(description: string): Protection {
    this.hit('setDescription');
    if (this.model.description !== description) {
      this.model.description = String(description);
      this.env.book.touch();
    }
    return this.self();
  }
  getDescription(): string {
    this.hit('getDescription');
    return this.model.description;
  }
  setWarningOnly(warningOnly: boolean): Protection {
    this.hit('setWarningOnly');
    if (this.model.warningOnly !== warningOnly) {
      this.model.warningOnly = Boolean(warningOnly);
      this.env.book.touch();
    }
    return this.self();
  }
  isWarningOnly(): boolean {
    this.hit('isWarningOnly');
    return this.model.warningOnly;
  }
  addEditor(user: string | User): Protection {
    this.hit('addEditor');
    this.add([emailOf(user)]);
    return this.self();
  }
  addEditors(emails: string[]): Protection {
    this.hit('addEditors');
    this.add(emails.map(emailOf));
    return this.self();
  }
  private add(emails: string[]): void {
    for (const e of emails) {
      if (this.model.editors.includes(e)) continue;
      this.model.editors.push(e);
      this.env.book.touch();
    }
  }
  removeEditor(user: string | User): Protection {
    this.hit('removeEditor');
    this.drop([emailOf(user)]);
    return this.self();
  }
  removeEditors(users: string[] | User[]): Protection {
    this.hit('removeEditors');
    this.drop((users as unknown[]).map(emailOf));
    return this.self();
  }
  private drop(emails: string[]): void {
    const before = this.model.editors.length;
    this.model.editors = this.model.editors.filter((e) => e === this.owner || !emails.includes(e));
    if (this.model.editors.length !== before) this.env.book.touch();
  }
  getEditors(): User[] {
    this.hit('getEditors');
    return this.model.editors.map(userOf);
  }
  canDomainEdit(): boolean {
    this.hit('canDomainEdit');
    return this.model.domainEdit;
  }
  setDomainEdit(editable: boolean): Protection {
    this.hit('setDomainEdit');
    if (this.model.domainEdit !== editable) {
      this.model.domainEdit = Boolean(editable);
      this.env.book.touch();
    }
    return this.self();
  }
  getRange(): Range {
    this.hit('getRange');
    const sheet = this.env.book.sheetById(this.model.sheetId);
    if (!sheet) throw new Error('The sheet of this protection was deleted.');
    const m = this.model;
    if (m.kind === 'SHEET') return this.env.range(sheet, 1, 1, sheet.maxRows, sheet.maxCols);
    const rowEnd = m.rowEnd ?? sheet.maxRows;
    const colEnd = m.colEnd ?? sheet.maxCols;
    const kind = m.rowEnd === null ? 'cols' : m.colEnd === null ? 'rows' : 'cells';
    return this.env.range(sheet, m.row, m.col, rowEnd - m.row + 1, colEnd - m.col + 1, kind);
  }
  remove(): void {
    this.hit('remove');
    const before = this.env.book.protections.length;
    this.env.book.protections = this.env.book.protections.filter((p) => p.id !== this.model.id);
    if (this.env.book.protections.length !== before) this.env.book.touch();
  }
  canEdit(): boolean {
    this.hit('canEdit');
    return this.model.editors.includes(this.env.ctx.session.email) || this.model.domainEdit;
  }
  getProtectionType(): ProtectionType {
    this.hit('getProtectionType');
    return this.model.kind as unknown as ProtectionType;
  }
}

/** Makes a new protection owned by the session's user. */
export function newProtection(
  env: Env,
  p: Omit<ProtectionModel, 'id' | 'description' | 'warningOnly' | 'editors' | 'domainEdit'>,
): ProtectionFake {
  const model: ProtectionModel = {
    id: env.book.nextProtectionId++,
    description: '',
    warningOnly: false,
    editors: [env.ctx.session.email],
    domainEdit: false,
    ...p,
  };
  env.book.protections.push(model);
  env.book.touch();
  return new ProtectionFake(env, model);
}
