// SpreadsheetApp.newDataValidation() and the DataValidation rules it builds.
import type { Env } from './env';
import type { ValidationRule } from './model';

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type DataValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

export const DATA_VALIDATION_CRITERIA = Object.freeze({
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_BETWEEN: 'DATE_BETWEEN',
  DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  DATE_NOT_BETWEEN: 'DATE_NOT_BETWEEN',
  DATE_ON_OR_AFTER: 'DATE_ON_OR_AFTER',
  DATE_ON_OR_BEFORE: 'DATE_ON_OR_BEFORE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL',
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  CHECKBOX: 'CHECKBOX',
}) as unknown as typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria;

export class DataValidationFake
  implements
    Pick<DataValidation, 'getCriteriaType' | 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText' | 'copy'>
{
  constructor(
    private readonly env: Env,
    /** Frozen: cells get a copy of it. */
    readonly rule: ValidationRule,
  ) {}

  getCriteriaType(): Criteria {
    this.env.hit('DataValidation.getCriteriaType');
    return this.rule.criteria as unknown as Criteria;
  }
  getCriteriaValues(): unknown[] {
    this.env.hit('DataValidation.getCriteriaValues');
    return this.rule.values.map((v) => (Array.isArray(v) ? v.slice() : v));
  }
  getAllowInvalid(): boolean {
    this.env.hit('DataValidation.getAllowInvalid');
    return this.rule.allowInvalid;
  }
  getHelpText(): string {
    this.env.hit('DataValidation.getHelpText');
    return this.rule.helpText;
  }
  copy(): DataValidationBuilder {
    this.env.hit('DataValidation.copy');
    return new DataValidationBuilderFake(this.env, { ...this.rule }) as unknown as DataValidationBuilder;
  }
}

type BuilderMethods =
  | 'build'
  | 'copy'
  | 'getAllowInvalid'
  | 'getCriteriaType'
  | 'getCriteriaValues'
  | 'getHelpText'
  | 'requireValueInList'
  | 'requireNumberGreaterThanOrEqualTo'
  | 'requireNumberGreaterThan'
  | 'requireNumberLessThanOrEqualTo'
  | 'requireNumberBetween'
  | 'requireCheckbox'
  | 'requireDate'
  | 'requireTextIsEmail'
  | 'setAllowInvalid'
  | 'setHelpText'
  | 'withCriteria';

export class DataValidationBuilderFake implements Pick<DataValidationBuilder, BuilderMethods> {
  private rule: ValidationRule;

  constructor(
    private readonly env: Env,
    rule?: ValidationRule,
  ) {
    this.rule = rule ?? { criteria: '', values: [], allowInvalid: true, helpText: '' };
  }

  private set(method: string, criteria: string, values: unknown[]): DataValidationBuilder {
    this.env.hit(`DataValidationBuilder.${method}`);
    this.rule = { ...this.rule, criteria, values };
    return this as unknown as DataValidationBuilder;
  }

  requireValueInList(values: string[], showDropdown = true): DataValidationBuilder {
    return this.set('requireValueInList', 'VALUE_IN_LIST', [values.map(String), showDropdown]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): DataValidationBuilder {
    return this.set('requireNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberGreaterThan(n: number): DataValidationBuilder {
    return this.set('requireNumberGreaterThan', 'NUMBER_GREATER_THAN', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): DataValidationBuilder {
    return this.set('requireNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberBetween(start: number, end: number): DataValidationBuilder {
    return this.set('requireNumberBetween', 'NUMBER_BETWEEN', [start, end]);
  }
  requireCheckbox(): DataValidationBuilder {
    return this.set('requireCheckbox', 'CHECKBOX', []);
  }
  requireDate(): DataValidationBuilder {
    return this.set('requireDate', 'DATE_IS_VALID_DATE', []);
  }
  requireTextIsEmail(): DataValidationBuilder {
    return this.set('requireTextIsEmail', 'TEXT_IS_VALID_EMAIL', []);
  }
  withCriteria(criteria: Criteria, args: unknown[]): DataValidationBuilder {
    return this.set('withCriteria', String(criteria), args.slice());
  }
  setAllowInvalid(allow: boolean): DataValidationBuilder {
    this.env.hit('DataValidationBuilder.setAllowInvalid');
    this.rule = { ...this.rule, allowInvalid: allow };
    return this as unknown as DataValidationBuilder;
  }
  setHelpText(text: string): DataValidationBuilder {
    this.env.hit('DataValidationBuilder.setHelpText');
    this.rule = { ...this.rule, helpText: String(text) };
    return this as unknown as DataValidationBuilder;
  }
  getAllowInvalid(): boolean {
    this.env.hit('DataValidationBuilder.getAllowInvalid');
    return this.rule.allowInvalid;
  }
  getCriteriaType(): Criteria {
    this.env.hit('DataValidationBuilder.getCriteriaType');
    return this.rule.criteria as unknown as Criteria;
  }
  getCriteriaValues(): unknown[] {
    this.env.hit('DataValidationBuilder.getCriteriaValues');
    return this.rule.values.slice();
  }
  getHelpText(): string | null {
    this.env.hit('DataValidationBuilder.getHelpText');
    return this.rule.helpText || null;
  }
  copy(): DataValidationBuilder {
    this.env.hit('DataValidationBuilder.copy');
    return new DataValidationBuilderFake(this.env, { ...this.rule }) as unknown as DataValidationBuilder;
  }
  build(): DataValidation {
    this.env.hit('DataValidationBuilder.build');
    if (!this.rule.criteria)
      throw new Error('You must specify a criteria type for the data validation rule.');
    return new DataValidationFake(this.env, { ...this.rule }) as unknown as DataValidation;
  }
}

/** The rule behind a DataValidation the script passes back (a copy, for a cell to own). */
export function ruleOf(v: unknown): ValidationRule {
  if (!(v instanceof DataValidationFake)) throw new Error('Invalid argument: rule');
  return { ...v.rule, values: v.rule.values.map((x) => (Array.isArray(x) ? x.slice() : x)) };
}

/** Whether a value passes a rule (what the person's UI enforces when allowInvalid is false). */
export function passes(rule: ValidationRule, value: unknown): boolean {
  if (value === '' || value === null || value === undefined) return true;
  const [a, b] = rule.values as [unknown, unknown];
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return Array.isArray(a) && a.map(String).includes(String(value));
    case 'NUMBER_BETWEEN':
      return typeof value === 'number' && value >= Number(a) && value <= Number(b);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return typeof value === 'number' && value >= Number(a);
    case 'NUMBER_GREATER_THAN':
      return typeof value === 'number' && value > Number(a);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return typeof value === 'number' && value <= Number(a);
    case 'CHECKBOX':
      return typeof value === 'boolean';
    case 'TEXT_IS_VALID_EMAIL':
      return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(String(value));
    default:
      return true;
  }
}
