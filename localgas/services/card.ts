// CardService: the builders planbook's Workspace add-on card uses, recording plain JSON (what the real
// objects' printJson() gives), plus a renderer that turns a built card into text or simple HTML.
// Text widgets "support basic HTML formatting" (R/card-service/text-paragraph): the renderer keeps the
// basic tags and escapes everything else, so text the script forgot to escape shows up as markup.
import type { FakeService, ServiceContext } from '../service';

type CS = typeof GoogleAppsScript.Card_Service;
type NS = GoogleAppsScript.Card_Service.CardService;

export interface ActionJson {
  function: string;
  parameters: { key: string; value: string }[];
}
export interface ButtonJson {
  text: string;
  style?: string;
  onClick?: { action: ActionJson };
}
export type WidgetJson =
  | { textParagraph: { text: string } }
  | { decoratedText: { topLabel?: string; text: string; bottomLabel?: string; wrapText?: boolean } }
  | { buttonList: { buttons: ButtonJson[] } }
  | { divider: Record<string, never> };
export interface SectionJson {
  header?: string;
  widgets: WidgetJson[];
}
export interface CardJson {
  name?: string;
  header?: { title: string; subtitle?: string };
  sections: SectionJson[];
}
export interface ActionResponseJson {
  notification?: { text: string };
  navigations?: { updateCard?: CardJson; pushCard?: CardJson }[];
  /** EditorFileScopeActionResponse: the host asks the person for drive.file on the open file. */
  requestFileScopeForActiveDocument?: boolean;
}

const JSON_OF = Symbol('cardJson');
type Built<T> = { [JSON_OF]: T; printJson(): string };
function built<T>(json: T): Built<T> {
  return { [JSON_OF]: json, printJson: () => JSON.stringify(json) };
}

/** The JSON a built card or response carries (from an object returned by the script). */
export function jsonOf<T = unknown>(value: unknown): T {
  if (value && typeof value === 'object' && JSON_OF in value) return (value as Built<T>)[JSON_OF];
  if (
    value &&
    typeof value === 'object' &&
    typeof (value as { printJson?: unknown }).printJson === 'function'
  ) {
    return JSON.parse((value as { printJson(): string }).printJson()) as T;
  }
  throw new Error('not a CardService object');
}

const TEXT_BUTTON_STYLE = {
  OUTLINED: 'OUTLINED',
  TEXT: 'TEXT',
  FILLED: 'FILLED',
  FILLED_TONAL: 'FILLED_TONAL',
  BORDERLESS: 'BORDERLESS',
};

export class CardFake implements FakeService {
  readonly name = 'card';
  /** Cards and responses built in the last execution (for tests). */
  built: unknown[] = [];

  constructor(private readonly ctx: ServiceContext) {}

  beginExecution(): void {
    this.built = [];
  }

  globals(): Record<string, unknown> {
    const hit = (m: string) => this.ctx.meter.hit(m);
    const self = this;
    const fail = (cls: string, what: string) => {
      throw new Error(`${cls}: ${what}`);
    };

    const newAction = (): GoogleAppsScript.Card_Service.Action => {
      hit('CardService.newAction');
      const json: ActionJson = { function: '', parameters: [] };
      const a: Pick<GoogleAppsScript.Card_Service.Action, 'setFunctionName' | 'setParameters'> &
        Built<ActionJson> = {
        ...built(json),
        setFunctionName(name: string) {
          hit('Action.setFunctionName');
          json.function = String(name);
          return a as never;
        },
        setParameters(p: { [key: string]: string }) {
          hit('Action.setParameters');
          for (const [key, value] of Object.entries(p)) {
            if (typeof value !== 'string')
              fail('Action.setParameters', `the value of «${key}» must be a string`);
          }
          json.parameters = Object.entries(p).map(([key, value]) => ({ key, value }));
          return a as never;
        },
      };
      return a as never;
    };

    const newTextParagraph = () => {
      hit('CardService.newTextParagraph');
      const json = { textParagraph: { text: '' } };
      const w: Pick<GoogleAppsScript.Card_Service.TextParagraph, 'setText'> & Built<WidgetJson> = {
        ...built<WidgetJson>(json),
        setText(text: string) {
          hit('TextParagraph.setText');
          json.textParagraph.text = String(text);
          return w as never;
        },
      };
      return w as never as GoogleAppsScript.Card_Service.TextParagraph;
    };

    const newDecoratedText = () => {
      hit('CardService.newDecoratedText');
      const d: { topLabel?: string; text: string; bottomLabel?: string; wrapText?: boolean } = { text: '' };
      const w: Pick<
        GoogleAppsScript.Card_Service.DecoratedText,
        'setText' | 'setTopLabel' | 'setBottomLabel' | 'setWrapText'
      > &
        Built<WidgetJson> = {
        ...built<WidgetJson>({ decoratedText: d }),
        setText(text: string) {
          hit('DecoratedText.setText');
          d.text = String(text);
          return w as never;
        },
        setTopLabel(text: string) {
          hit('DecoratedText.setTopLabel');
          d.topLabel = String(text);
          return w as never;
        },
        setBottomLabel(text: string) {
          hit('DecoratedText.setBottomLabel');
          d.bottomLabel = String(text);
          return w as never;
        },
        setWrapText(wrap: boolean) {
          hit('DecoratedText.setWrapText');
          d.wrapText = Boolean(wrap);
          return w as never;
        },
      };
      return w as never as GoogleAppsScript.Card_Service.DecoratedText;
    };

    const newTextButton = () => {
      hit('CardService.newTextButton');
      const json: ButtonJson = { text: '' };
      const b: Pick<
        GoogleAppsScript.Card_Service.TextButton,
        'setText' | 'setOnClickAction' | 'setTextButtonStyle'
      > &
        Built<ButtonJson> = {
        ...built(json),
        setText(text: string) {
          hit('TextButton.setText');
          json.text = String(text);
          return b as never;
        },
        setOnClickAction(action: GoogleAppsScript.Card_Service.Action) {
          hit('TextButton.setOnClickAction');
          json.onClick = { action: jsonOf<ActionJson>(action) };
          return b as never;
        },
        setTextButtonStyle(style: GoogleAppsScript.Card_Service.TextButtonStyle) {
          hit('TextButton.setTextButtonStyle');
          json.style = String(style);
          return b as never;
        },
      };
      return b as never as GoogleAppsScript.Card_Service.TextButton;
    };

    const newButtonSet = () => {
      hit('CardService.newButtonSet');
      const buttons: ButtonJson[] = [];
      const s: Pick<GoogleAppsScript.Card_Service.ButtonSet, 'addButton'> & Built<WidgetJson> = {
        ...built<WidgetJson>({ buttonList: { buttons } }),
        addButton(button: GoogleAppsScript.Card_Service.Button) {
          hit('ButtonSet.addButton');
          const j = jsonOf<ButtonJson>(button);
          if (!j.text) fail('TextButton', 'a button needs its text (setText)');
          buttons.push(j);
          return s as never;
        },
      };
      return s as never as GoogleAppsScript.Card_Service.ButtonSet;
    };

    const newDivider = () => {
      hit('CardService.newDivider');
      return built<WidgetJson>({ divider: {} }) as never as GoogleAppsScript.Card_Service.Divider;
    };

    const newCardSection = () => {
      hit('CardService.newCardSection');
      const json: SectionJson = { widgets: [] };
      const s: Pick<GoogleAppsScript.Card_Service.CardSection, 'setHeader' | 'addWidget'> &
        Built<SectionJson> = {
        ...built(json),
        setHeader(header: string) {
          hit('CardSection.setHeader');
          json.header = String(header);
          return s as never;
        },
        addWidget(widget: GoogleAppsScript.Card_Service.Widget) {
          hit('CardSection.addWidget');
          json.widgets.push(jsonOf<WidgetJson>(widget));
          return s as never;
        },
      };
      return s as never as GoogleAppsScript.Card_Service.CardSection;
    };

    const newCardHeader = () => {
      hit('CardService.newCardHeader');
      const json = { title: '' } as { title: string; subtitle?: string };
      const h: Pick<GoogleAppsScript.Card_Service.CardHeader, 'setTitle' | 'setSubtitle'> &
        Built<typeof json> = {
        ...built(json),
        setTitle(title: string) {
          hit('CardHeader.setTitle');
          json.title = String(title);
          return h as never;
        },
        setSubtitle(subtitle: string) {
          hit('CardHeader.setSubtitle');
          json.subtitle = String(subtitle);
          return h as never;
        },
      };
      return h as never as GoogleAppsScript.Card_Service.CardHeader;
    };

    const newCardBuilder = () => {
      hit('CardService.newCardBuilder');
      const json: CardJson = { sections: [] };
      const b: Pick<
        GoogleAppsScript.Card_Service.CardBuilder,
        'setHeader' | 'addSection' | 'setName' | 'build'
      > = {
        setHeader(header: GoogleAppsScript.Card_Service.CardHeader) {
          hit('CardBuilder.setHeader');
          json.header = { ...jsonOf<{ title: string; subtitle?: string }>(header) };
          return b as never;
        },
        addSection(section: GoogleAppsScript.Card_Service.CardSection) {
          hit('CardBuilder.addSection');
          const s = jsonOf<SectionJson>(section);
          if (s.widgets.length === 0) fail('CardSection', 'a section needs at least one widget');
          json.sections.push(structuredClone(s));
          return b as never;
        },
        setName(name: string) {
          hit('CardBuilder.setName');
          json.name = String(name);
          return b as never;
        },
        build() {
          hit('CardBuilder.build');
          if (json.sections.length === 0) fail('Card', 'a card needs at least one section');
          const card = built(structuredClone(json));
          self.built.push(card);
          return card as never as GoogleAppsScript.Card_Service.Card;
        },
      };
      return b as never as GoogleAppsScript.Card_Service.CardBuilder;
    };

    const newNotification = () => {
      hit('CardService.newNotification');
      const json = { text: '' };
      const n: Pick<GoogleAppsScript.Card_Service.Notification, 'setText'> & Built<typeof json> = {
        ...built(json),
        setText(text: string) {
          hit('Notification.setText');
          json.text = String(text);
          return n as never;
        },
      };
      return n as never as GoogleAppsScript.Card_Service.Notification;
    };

    const newNavigation = () => {
      hit('CardService.newNavigation');
      const steps: { updateCard?: CardJson; pushCard?: CardJson }[] = [];
      const n: Pick<GoogleAppsScript.Card_Service.Navigation, 'updateCard' | 'pushCard' | 'printJson'> &
        Built<typeof steps> = {
        ...built(steps),
        updateCard(card: GoogleAppsScript.Card_Service.Card) {
          hit('Navigation.updateCard');
          steps.push({ updateCard: jsonOf<CardJson>(card) });
          return n as never;
        },
        pushCard(card: GoogleAppsScript.Card_Service.Card) {
          hit('Navigation.pushCard');
          steps.push({ pushCard: jsonOf<CardJson>(card) });
          return n as never;
        },
      };
      return n as never as GoogleAppsScript.Card_Service.Navigation;
    };

    const newActionResponseBuilder = () => {
      hit('CardService.newActionResponseBuilder');
      const json: ActionResponseJson = {};
      const b: Pick<
        GoogleAppsScript.Card_Service.ActionResponseBuilder,
        'setNotification' | 'setNavigation' | 'build'
      > = {
        setNotification(n: GoogleAppsScript.Card_Service.Notification) {
          hit('ActionResponseBuilder.setNotification');
          const j = jsonOf<{ text: string }>(n);
          if (!j.text) fail('Notification', 'a notification needs its text');
          json.notification = { ...j };
          return b as never;
        },
        setNavigation(n: GoogleAppsScript.Card_Service.Navigation) {
          hit('ActionResponseBuilder.setNavigation');
          json.navigations = structuredClone(jsonOf<{ updateCard?: CardJson }[]>(n));
          return b as never;
        },
        build() {
          hit('ActionResponseBuilder.build');
          const r = built(structuredClone(json));
          self.built.push(r);
          return r as never as GoogleAppsScript.Card_Service.ActionResponse;
        },
      };
      return b as never as GoogleAppsScript.Card_Service.ActionResponseBuilder;
    };

    const newEditorFileScopeActionResponseBuilder = () => {
      hit('CardService.newEditorFileScopeActionResponseBuilder');
      const json: ActionResponseJson = {};
      const b: Pick<
        GoogleAppsScript.Card_Service.EditorFileScopeActionResponseBuilder,
        'requestFileScopeForActiveDocument' | 'build'
      > = {
        requestFileScopeForActiveDocument() {
          hit('EditorFileScopeActionResponseBuilder.requestFileScopeForActiveDocument');
          json.requestFileScopeForActiveDocument = true;
          return b as never;
        },
        build() {
          hit('EditorFileScopeActionResponseBuilder.build');
          return built(
            structuredClone(json),
          ) as never as GoogleAppsScript.Card_Service.EditorFileScopeActionResponse;
        },
      };
      return b as never as GoogleAppsScript.Card_Service.EditorFileScopeActionResponseBuilder;
    };

    const service: Pick<
      NS,
      | 'newAction'
      | 'newTextParagraph'
      | 'newDecoratedText'
      | 'newTextButton'
      | 'newButtonSet'
      | 'newDivider'
      | 'newCardSection'
      | 'newCardHeader'
      | 'newCardBuilder'
      | 'newNotification'
      | 'newNavigation'
      | 'newActionResponseBuilder'
      | 'newEditorFileScopeActionResponseBuilder'
    > & { TextButtonStyle: Record<string, string> } = {
      TextButtonStyle: TEXT_BUTTON_STYLE,
      newAction,
      newTextParagraph,
      newDecoratedText,
      newTextButton,
      newButtonSet,
      newDivider,
      newCardSection,
      newCardHeader,
      newCardBuilder,
      newNotification,
      newNavigation,
      newActionResponseBuilder,
      newEditorFileScopeActionResponseBuilder,
    };
    return { CardService: service as unknown as CS };
  }
}

// ---- rendering ----

/** The tags card text widgets understand; anything else in a text is shown as text. */
const BASIC_TAG = /^<\/?(b|i|u|s|br)\s*\/?>|^<font\s+color="#?[0-9a-zA-Z]+"\s*>|^<\/font>/;
const ENTITY = /^&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);/;

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Card text (basic HTML) → safe HTML: basic tags and entities kept, every other < > & escaped. */
export function cardTextToHtml(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const rest = text.slice(i);
    const tag = BASIC_TAG.exec(rest) ?? ENTITY.exec(rest);
    if (tag) {
      out += tag[0];
      i += tag[0].length;
    } else {
      out += escapeHtml(text[i]!);
      i++;
    }
  }
  return out;
}

/** Card text → what a person reads: basic tags dropped (<br> as a line break), entities decoded. */
export function cardTextToPlain(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const rest = text.slice(i);
    const tag = BASIC_TAG.exec(rest);
    if (tag) {
      if (/^<br/i.test(tag[0])) out += '\n';
      i += tag[0].length;
      continue;
    }
    const ent = ENTITY.exec(rest);
    if (ent) {
      out += decodeEntity(ent[1]!);
      i += ent[0].length;
      continue;
    }
    out += text[i];
    i++;
  }
  return out;
}

function decodeEntity(name: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
  return named[name] ?? `&${name};`;
}

function buttonLabel(b: ButtonJson): string {
  const fn = b.onClick?.action.function;
  return fn ? `[${cardTextToPlain(b.text)} → ${fn}]` : `[${cardTextToPlain(b.text)}]`;
}

/** A card as lines of text, as the side panel would read top to bottom. */
export function renderCardText(card: CardJson): string {
  const lines: string[] = [];
  if (card.header) {
    lines.push(`== ${cardTextToPlain(card.header.title)} ==`);
    if (card.header.subtitle) lines.push(cardTextToPlain(card.header.subtitle));
  }
  for (const s of card.sections) {
    lines.push('');
    if (s.header) lines.push(`-- ${cardTextToPlain(s.header)} --`);
    for (const w of s.widgets) {
      if ('textParagraph' in w) lines.push(cardTextToPlain(w.textParagraph.text));
      else if ('decoratedText' in w) {
        const d = w.decoratedText;
        const label = d.topLabel ? `${cardTextToPlain(d.topLabel)}: ` : '';
        lines.push(
          `${label}${cardTextToPlain(d.text)}${d.bottomLabel ? ` (${cardTextToPlain(d.bottomLabel)})` : ''}`,
        );
      } else if ('buttonList' in w) lines.push(w.buttonList.buttons.map(buttonLabel).join(' '));
      else lines.push('――――');
    }
  }
  return lines.join('\n');
}

/** A card as a small self-contained HTML page (about the side panel's width). */
export function renderCardHtml(card: CardJson, notification?: string): string {
  const parts: string[] = [];
  if (notification) parts.push(`<div class="note">${escapeHtml(notification)}</div>`);
  if (card.header) {
    parts.push(`<header><h1>${cardTextToHtml(card.header.title)}</h1>`);
    if (card.header.subtitle) parts.push(`<p class="sub">${cardTextToHtml(card.header.subtitle)}</p>`);
    parts.push('</header>');
  }
  for (const s of card.sections) {
    parts.push('<section>');
    if (s.header) parts.push(`<h2>${cardTextToHtml(s.header)}</h2>`);
    for (const w of s.widgets) {
      if ('textParagraph' in w) parts.push(`<p>${cardTextToHtml(w.textParagraph.text)}</p>`);
      else if ('decoratedText' in w) {
        const d = w.decoratedText;
        parts.push('<div class="dt">');
        if (d.topLabel) parts.push(`<div class="top">${cardTextToHtml(d.topLabel)}</div>`);
        parts.push(`<div class="text">${cardTextToHtml(d.text)}</div>`);
        if (d.bottomLabel) parts.push(`<div class="bottom">${cardTextToHtml(d.bottomLabel)}</div>`);
        parts.push('</div>');
      } else if ('buttonList' in w) {
        const buttons = w.buttonList.buttons.map(
          (b) =>
            `<button class="${escapeHtml((b.style ?? 'OUTLINED').toLowerCase())}" data-function="${escapeHtml(
              b.onClick?.action.function ?? '',
            )}">${cardTextToHtml(b.text)}</button>`,
        );
        parts.push(`<div class="buttons">${buttons.join('')}</div>`);
      } else parts.push('<hr>');
    }
    parts.push('</section>');
  }
  const title = card.header ? escapeHtml(cardTextToPlain(card.header.title)) : 'card';
  return `<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><title>${title}</title>
<style>
body{font-family:Roboto,Arial,sans-serif;width:300px;margin:0;padding:8px;color:#202124;font-size:13px}
header{padding:8px 0;border-bottom:1px solid #dadce0}h1{font-size:16px;margin:0}.sub{color:#5f6368;margin:4px 0 0}
section{padding:8px 0;border-bottom:1px solid #dadce0}h2{font-size:13px;color:#5f6368;margin:0 0 6px}
.dt{margin:6px 0}.top,.bottom{color:#5f6368;font-size:12px}.buttons{display:flex;flex-wrap:wrap;gap:6px;margin:6px 0}
button{border:1px solid #dadce0;background:#fff;color:#1a73e8;border-radius:4px;padding:6px 10px;font-size:13px}
button.filled{background:#1a73e8;color:#fff;border-color:#1a73e8}
.note{background:#323232;color:#fff;padding:8px;border-radius:4px;margin-bottom:8px}
</style></head><body>
${parts.join('\n')}
</body></html>
`;
}
