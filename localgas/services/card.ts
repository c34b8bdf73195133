// CardService: the builders a Workspace add-on's card uses, recording plain JSON (what the real objects'
// printJson() gives). cardRender.ts turns a built card into text or simple HTML.
import type { FakeService, ServiceContext } from '../service';

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
type Hit = (method: string) => void;
/** The methods of a builder that record their argument; their names are checked against the real class. */
type Setters<T> = { [K in keyof T]?: (value: never) => void };

/**
 * A builder object: each of its methods counts `Class.method`, records its argument and returns the
 * builder, as CardService's builders chain. With json, the object also carries it (jsonOf, printJson).
 */
function builder<T>(hit: Hit, cls: string, json: unknown, setters: Setters<T>): T {
  const b: Record<string | symbol, unknown> = json === undefined ? {} : { ...built(json) };
  for (const [name, set] of Object.entries(setters)) {
    b[name] = (value: unknown) => {
      hit(`${cls}.${name}`);
      (set as (v: unknown) => void)(value);
      return b;
    };
  }
  return b as T;
}

type C = typeof GoogleAppsScript.Card_Service;
import Ns = GoogleAppsScript.Card_Service;

export class CardFake implements FakeService {
  readonly name = 'card';
  /** Cards and responses built in the last execution (for tests). */
  built: unknown[] = [];

  constructor(private readonly ctx: ServiceContext) {}

  beginExecution(): void {
    this.built = [];
  }

  globals(): Record<string, unknown> {
    const hit: Hit = (m) => this.ctx.meter.hit(m);
    const fail = (cls: string, what: string) => {
      throw new Error(`${cls}: ${what}`);
    };
    /** CardService.newX(): counted, then the builder. */
    const make =
      <T>(name: string, create: () => T) =>
      (): T => {
        hit(`CardService.new${name}`);
        return create();
      };

    const newAction = make('Action', () => {
      const json: ActionJson = { function: '', parameters: [] };
      return builder<Ns.Action>(hit, 'Action', json, {
        setFunctionName: (name: string) => {
          json.function = String(name);
        },
        setParameters: (p: { [key: string]: string }) => {
          for (const [key, value] of Object.entries(p)) {
            if (typeof value !== 'string')
              fail('Action.setParameters', `the value of «${key}» must be a string`);
          }
          json.parameters = Object.entries(p).map(([key, value]) => ({ key, value }));
        },
      });
    });

    const newTextParagraph = make('TextParagraph', () => {
      const json = { textParagraph: { text: '' } };
      return builder<Ns.TextParagraph>(hit, 'TextParagraph', json, {
        setText: (text: string) => {
          json.textParagraph.text = String(text);
        },
      });
    });

    const newDecoratedText = make('DecoratedText', () => {
      const d: { topLabel?: string; text: string; bottomLabel?: string; wrapText?: boolean } = { text: '' };
      return builder<Ns.DecoratedText>(
        hit,
        'DecoratedText',
        { decoratedText: d },
        {
          setText: (text: string) => {
            d.text = String(text);
          },
          setTopLabel: (text: string) => {
            d.topLabel = String(text);
          },
          setBottomLabel: (text: string) => {
            d.bottomLabel = String(text);
          },
          setWrapText: (wrap: boolean) => {
            d.wrapText = Boolean(wrap);
          },
        },
      );
    });

    const newTextButton = make('TextButton', () => {
      const json: ButtonJson = { text: '' };
      return builder<Ns.TextButton>(hit, 'TextButton', json, {
        setText: (text: string) => {
          json.text = String(text);
        },
        setOnClickAction: (action: Ns.Action) => {
          json.onClick = { action: jsonOf<ActionJson>(action) };
        },
        setTextButtonStyle: (style: Ns.TextButtonStyle) => {
          json.style = String(style);
        },
      });
    });

    const newButtonSet = make('ButtonSet', () => {
      const buttons: ButtonJson[] = [];
      return builder<Ns.ButtonSet>(
        hit,
        'ButtonSet',
        { buttonList: { buttons } },
        {
          addButton: (button: Ns.Button) => {
            const j = jsonOf<ButtonJson>(button);
            if (!j.text) fail('TextButton', 'a button needs its text (setText)');
            buttons.push(j);
          },
        },
      );
    });

    const newDivider = make('Divider', () => built<WidgetJson>({ divider: {} }) as never as Ns.Divider);

    const newCardSection = make('CardSection', () => {
      const json: SectionJson = { widgets: [] };
      return builder<Ns.CardSection>(hit, 'CardSection', json, {
        setHeader: (header: string) => {
          json.header = String(header);
        },
        addWidget: (widget: Ns.Widget) => {
          json.widgets.push(jsonOf<WidgetJson>(widget));
        },
      });
    });

    const newCardHeader = make('CardHeader', () => {
      const json: { title: string; subtitle?: string } = { title: '' };
      return builder<Ns.CardHeader>(hit, 'CardHeader', json, {
        setTitle: (title: string) => {
          json.title = String(title);
        },
        setSubtitle: (subtitle: string) => {
          json.subtitle = String(subtitle);
        },
      });
    });

    const newCardBuilder = make('CardBuilder', () => {
      const json: CardJson = { sections: [] };
      const b = builder<Ns.CardBuilder>(hit, 'CardBuilder', undefined, {
        setHeader: (header: Ns.CardHeader) => {
          json.header = { ...jsonOf<{ title: string; subtitle?: string }>(header) };
        },
        addSection: (section: Ns.CardSection) => {
          const s = jsonOf<SectionJson>(section);
          if (s.widgets.length === 0) fail('CardSection', 'a section needs at least one widget');
          json.sections.push(structuredClone(s));
        },
        setName: (name: string) => {
          json.name = String(name);
        },
      });
      b.build = () => {
        hit('CardBuilder.build');
        if (json.sections.length === 0) fail('Card', 'a card needs at least one section');
        const card = built(structuredClone(json));
        this.built.push(card);
        return card as never as Ns.Card;
      };
      return b;
    });

    const newNotification = make('Notification', () => {
      const json = { text: '' };
      return builder<Ns.Notification>(hit, 'Notification', json, {
        setText: (text: string) => {
          json.text = String(text);
        },
      });
    });

    const newNavigation = make('Navigation', () => {
      const steps: { updateCard?: CardJson; pushCard?: CardJson }[] = [];
      return builder<Ns.Navigation>(hit, 'Navigation', steps, {
        updateCard: (card: Ns.Card) => {
          steps.push({ updateCard: jsonOf<CardJson>(card) });
        },
        pushCard: (card: Ns.Card) => {
          steps.push({ pushCard: jsonOf<CardJson>(card) });
        },
      });
    });

    const newActionResponseBuilder = make('ActionResponseBuilder', () => {
      const json: ActionResponseJson = {};
      const b = builder<Ns.ActionResponseBuilder>(hit, 'ActionResponseBuilder', undefined, {
        setNotification: (n: Ns.Notification) => {
          const j = jsonOf<{ text: string }>(n);
          if (!j.text) fail('Notification', 'a notification needs its text');
          json.notification = { ...j };
        },
        setNavigation: (n: Ns.Navigation) => {
          json.navigations = structuredClone(jsonOf<{ updateCard?: CardJson }[]>(n));
        },
      });
      b.build = () => {
        hit('ActionResponseBuilder.build');
        const r = built(structuredClone(json));
        this.built.push(r);
        return r as never as Ns.ActionResponse;
      };
      return b;
    });

    const newEditorFileScopeActionResponseBuilder = make('EditorFileScopeActionResponseBuilder', () => {
      const json: ActionResponseJson = {};
      const cls = 'EditorFileScopeActionResponseBuilder';
      const b = builder<Ns.EditorFileScopeActionResponseBuilder>(hit, cls, undefined, {
        requestFileScopeForActiveDocument: () => {
          json.requestFileScopeForActiveDocument = true;
        },
      });
      b.build = () => {
        hit(`${cls}.build`);
        return built(structuredClone(json)) as never as Ns.EditorFileScopeActionResponse;
      };
      return b;
    });

    const service = {
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
    } satisfies Partial<Record<keyof Ns.CardService, unknown>>;
    return { CardService: service as unknown as C };
  }
}
