// A plan file uploaded in the Import dialog or given to `planbook import`: its text. A Word .docx is
// taken apart with Utilities.unzip and XmlService (reference/utilities/utilities#unzip(BlobSource),
// reference/xml-service/xml-service#parse(String)); .txt/.tsv/.csv are read as UTF-8 text.
import type { PlanFile, PlanFiles } from '../app/ports';
import { docxToText, type XNode } from '../domain/docxPlan';

export class PlanFileError extends Error {}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** XmlService's names are local (no «w:»), attributes too: the tree docxPlan.ts reads. */
function toNode(el: GoogleAppsScript.XML_Service.Element): XNode {
  const attrs: Record<string, string> = {};
  for (const a of el.getAttributes()) attrs[a.getName()] = a.getValue();
  const name = el.getName();
  return { name, attrs, text: name === 't' ? el.getText() : '', children: el.getChildren().map(toNode) };
}

function xmlOf(blob: GoogleAppsScript.Base.Blob | undefined): XNode | null {
  if (!blob) return null;
  const root = XmlService.parse(blob.getDataAsString('UTF-8')).getRootElement();
  return root ? toNode(root) : null;
}

/** The text of the plan in the file; a .doc, .pdf or broken file is refused with a Russian message. */
export function planFileText(file: PlanFile, lang: 'ru' | 'en'): string {
  const name = String(file?.name ?? '');
  const bytes = Utilities.base64Decode(String(file?.data ?? ''));
  if (/\.docx$/i.test(name)) {
    let parts: GoogleAppsScript.Base.Blob[];
    try {
      parts = Utilities.unzip(Utilities.newBlob(bytes, DOCX, name));
    } catch (_e) {
      throw new PlanFileError(
        lang === 'ru'
          ? `Файл «${name}» не открывается как документ Word (.docx). Сохраните его в Word как «Документ Word (.docx)» и загрузите снова.`
          : `«${name}» does not open as a Word document (.docx). Save it from Word as .docx and upload it again.`,
      );
    }
    const doc = xmlOf(parts.find((b) => b.getName() === 'word/document.xml'));
    if (!doc) {
      throw new PlanFileError(
        lang === 'ru'
          ? `В файле «${name}» нет текста документа Word.`
          : `«${name}» has no Word document text.`,
      );
    }
    return docxToText(doc, xmlOf(parts.find((b) => b.getName() === 'word/numbering.xml')));
  }
  if (/\.(?:doc|pdf|odt|rtf|xls|xlsx)$/i.test(name)) {
    throw new PlanFileError(
      lang === 'ru'
        ? `Файлы «${name.replace(/^.*\./, '.')}» не читаются. Сохраните план как .docx (Word) или скопируйте таблицу и вставьте её текстом.`
        : `«${name.replace(/^.*\./, '.')}» files are not read. Save the plan as .docx or paste the table as text.`,
    );
  }
  return Utilities.newBlob(bytes).getDataAsString('UTF-8');
}

export const gasPlanFiles: PlanFiles = { planText: planFileText };
