// XmlService and Utilities.unzip/newBlob fakes, as strict as Google's where the code relies on it.
import { describe, expect, it } from 'vitest';
import { SessionFake } from '../../localgas/services/session';
import { XmlFake } from '../../localgas/services/xml';
import { fakeContext } from '../helpers';
import { planDocx } from '../planDocx';

type Xml = GoogleAppsScript.XML_Service.XmlService;
type Util = GoogleAppsScript.Utilities.Utilities;

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const xmlService = () => new XmlFake(fakeContext()).globals()['XmlService'] as Xml;
const utilities = () => new SessionFake(fakeContext()).globals()['Utilities'] as Util;

describe('XmlService fake', () => {
  const doc = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t xml:space="preserve">Линейка &amp; «концерт»</w:t></w:r></w:p><plain a="1">x<b/>y</plain></w:body></w:document>`;
  it('names are local; getChildren(name) without a Namespace finds only no-namespace elements', () => {
    const x = xmlService();
    const root = x.parse(doc).getRootElement()!;
    expect(root.getName()).toBe('document');
    const body = root.getChildren()[0]!;
    expect(body.getChildren('p')).toEqual([]);
    expect(body.getChildren('p', x.getNamespace('w', W))).toHaveLength(1);
    expect(body.getChildren('plain')).toHaveLength(1);
    const t = body.getChildren()[0]!.getChildren()[0]!.getChildren()[0]!;
    expect(t.getText()).toBe('Линейка & «концерт»');
    expect(t.getAttribute('space')).toBeNull();
    expect(t.getAttributes().map((a) => [a.getName(), a.getValue()])).toEqual([['space', 'preserve']]);
    const plain = body.getChild('plain')!;
    expect(plain.getText()).toBe('xy');
    expect(plain.getAttribute('a')!.getValue()).toBe('1');
    expect(root.getValue()).toBe('Линейка & «концерт»xy');
  });
  it('malformed XML throws «Error on line N: …»', () => {
    expect(() => xmlService().parse('<a><b></a>')).toThrow(/^Error on line 1: .*must be terminated/);
    expect(() => xmlService().parse('hello')).toThrow(/Content is not allowed in prolog/);
  });
});

describe('Utilities.unzip and newBlob fakes', () => {
  it('takes a .docx apart into blobs named by their path', async () => {
    const u = utilities();
    const bytes = [...(await planDocx('№\tМероприятие\tСроки\n1\tЛинейка\t1 сентября\n'))].map((b) =>
      b > 127 ? b - 256 : b,
    );
    const parts = u.unzip(u.newBlob(bytes, 'application/zip', 'plan.docx'));
    const names = parts.map((b) => b.getName());
    expect(names).toContain('word/document.xml');
    const xml = parts.find((b) => b.getName() === 'word/document.xml')!.getDataAsString();
    expect(xml).toContain('Линейка');
  });
  it('refuses a blob that is not a zip', () => {
    const u = utilities();
    expect(() => u.unzip(u.newBlob('not a zip'))).toThrow(/Invalid argument/);
  });
});
