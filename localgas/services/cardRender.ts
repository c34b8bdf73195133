// Renders a card built with the CardService fake (card.ts) as text or simple HTML.
// Text widgets "support basic HTML formatting" (R/card-service/text-paragraph): the renderer keeps the
// basic tags and escapes everything else, so text the script forgot to escape shows up as markup.
import type { ButtonJson, CardJson } from './card';

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
