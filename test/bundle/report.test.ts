// The monthly report through the built bundle: the October report of the seed, rebuilding, kills at
// every call, the .docx in reports/, the monthly trigger and the menu.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callScript } from '../../cli/api';
import { SEED_PLAN } from '../../cli/paths';
import { DIST_DIR } from '../../localgas/paths';
import type { Runtime } from '../../localgas/runtime';
import type { DocumentFake } from '../../localgas/services/document';
import type { DriveFake } from '../../localgas/services/drive';
import type { PropertiesFake } from '../../localgas/services/properties';
import type { SpreadsheetService } from '../../localgas/services/spreadsheet';
import type { UiFake } from '../../localgas/services/ui';
import { openRuntime as openShared, tempDir } from '../helpers';
import { needTool, SOFFICE, skipWithout } from '../tools';

// dist/ may be rebuilt by another build while these tests run: they use a copy of it taken once.
let snapshotDir = '';
const distSnapshot = () => join(snapshotDir, 'dist');
beforeAll(async () => {
  snapshotDir = mkdtempSync(join(tmpdir(), 'planbook-dist-'));
  for (let i = 0; i < 60 && !existsSync(join(distSnapshot(), 'Code.js')); i++) {
    if (existsSync(join(DIST_DIR, 'Code.js'))) cpSync(DIST_DIR, distSnapshot(), { recursive: true });
    else await new Promise((r) => setTimeout(r, 1000));
  }
}, 90_000);
afterAll(() => rmSync(snapshotDir, { recursive: true, force: true }));
const openRuntime: typeof openShared = (opts = {}) => openShared({ distDir: distSnapshot(), ...opts });

const PLAN = 'План';

/** Column (1-based) of a Plan heading. */
function col(sheet: SpreadsheetService, heading: string): number {
  const header = sheet.read(PLAN)[0]!.map(String);
  const i = header.indexOf(heading);
  if (i < 0) throw new Error(`no column ${heading}`);
  return i + 1;
}

/** Sheet row of the plan row whose № is n (first match). */
function rowOf(sheet: SpreadsheetService, n: string): number {
  const rows = sheet.read(PLAN);
  const c = col(sheet, '№') - 1;
  const i = rows.findIndex((r, k) => k > 0 && String(r[c]).trim() === n);
  if (i < 0) throw new Error(`no row №${n}`);
  return i + 1;
}

function setSetting(sheet: SpreadsheetService, name: string, value: string): void {
  const rows = sheet.read('Настройки');
  const i = rows.findIndex((r) => String(r[0]).trim() === name);
  if (i < 0) throw new Error(`no setting ${name}`);
  sheet.personEdit('Настройки', i + 1, 2, [[value]]);
}

/** A workspace with the seed imported and some October/September rows marked by people. */
/** Removes the report's traces (docs, folder, remembered ids), as if no report had been built. */
function forgetReport(rt: Runtime): void {
  const drive = rt.service<DriveFake>('drive');
  for (const it of [...drive.state.items]) drive.personDelete(it.id);
  const doc = rt.service<PropertiesFake>('properties').stores.document;
  for (const key of Object.keys(doc)) if (key.startsWith('report:')) delete doc[key];
}

async function seeded(rt: Runtime): Promise<SpreadsheetService> {
  await rt.call('setupSheets');
  await rt.call('importPlan', readFileSync(SEED_PLAN, 'utf8'));
  const sheet = rt.service<SpreadsheetService>('spreadsheet');
  // The deputy head fills in the responsibles' e-mails (as the demo does), so rows have no e-mail problems.
  sheet.read('Ответственные').forEach((_r, i) => {
    if (i > 0) sheet.personEdit('Ответственные', i + 1, 2, [[`staff${i}@example.org`]]);
  });
  setSetting(sheet, 'Школа', 'МОУ «Рамешковская СОШ»');
  setSetting(sheet, 'Партнёр', 'Рамешковская районная библиотека');
  const status = col(sheet, 'Статус');
  const results = col(sheet, 'Итоги');
  const participants = col(sheet, 'Участников');
  const r3 = rowOf(sheet, '3');
  sheet.personEdit(PLAN, r3, status, [['проведено']]);
  sheet.personEdit(PLAN, r3, results, [['Гостиная «Осенние строки»: чтение стихов, 5–7 классы']]);
  sheet.personEdit(PLAN, r3, participants, [[42]]);
  const r4 = rowOf(sheet, '4');
  sheet.personEdit(PLAN, r4, status, [['перенесено']]);
  const r1 = rowOf(sheet, '1');
  sheet.personEdit(PLAN, r1, status, [['проведено']]);
  sheet.personEdit(PLAN, r1, results, [['Договор подписан']]);
  await rt.save();
  return sheet;
}

async function documentXml(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error('no word/document.xml in ' + path);
  return xml;
}

/** The text of each table row of document.xml, cells joined by '|'. */
function tableRows(xml: string): string[] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) =>
    [...m[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)]
      .map((c) => [...c[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
      .join('|'),
  );
}

/** The report docs, with the month their name starts with (planbook's naming; the Docs fake knows none). */
function reports(rt: Runtime): { month: string; name: string; file: string; docId: string; title: string }[] {
  const docs = rt.status()['reports'] as { name: string; file: string; docId: string; title: string }[];
  return docs.map((d) => ({ ...d, month: /^\d{4}-\d{2}/.exec(d.name)?.[0] ?? '' }));
}

describe('monthly report (bundle)', () => {
  it('the October report of the seed lists exactly the October events, with statuses and results, in a real .docx', async () => {
    const rt = await openRuntime({ today: '2026-11-02' });
    await seeded(rt);
    const r = await callScript(rt, 'buildReport', '2026-10');
    expect(r.month).toBe('2026-10');
    expect(r.title).toBe('Отчёт о совместных мероприятиях за октябрь 2026 г.');
    expect(r.url).toContain(r.docId);
    expect(r.events.map((e) => e.number)).toEqual(['3', '4']);
    expect(r.events[0]).toMatchObject({ status: 'проведено', participants: '42' });
    expect(r.events[0]!.results).toContain('Осенние строки');
    expect(r.events[1]).toMatchObject({ status: 'перенесено', results: '' });
    expect(r.counts).toEqual({ planned: 2, held: 1, moved: 1, cancelled: 0, noResult: 0 });
    expect(r.folder).toBe('planbook — отчёты');

    const list = reports(rt);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ month: '2026-10', docId: r.docId, title: r.title });
    const path = join(rt.workspace.dir, list[0]!.file);
    expect(existsSync(path)).toBe(true);
    expect(list[0]!.file).toMatch(/^reports\/2026-10 Отчёт о совместных мероприятиях\.docx$/);

    const xml = await documentXml(path);
    expect(xml).toContain('Отчёт о совместных мероприятиях за октябрь 2026 г.');
    expect(xml).toContain('МОУ «Рамешковская СОШ»');
    expect(xml).toContain('Рамешковская районная библиотека');
    const rows = tableRows(xml);
    // The events table: header, then exactly rows 3 and 4.
    const head = rows.findIndex((x) => x.startsWith('№|Мероприятие|Сроки|Ответственные|Статус|Итоги'));
    expect(rows[head], 'the events table header').toBeDefined();
    const eventRows = rows.slice(head + 1, head + 3);
    expect(eventRows[0]).toMatch(
      /^3\|Совместное участие в мероприятии «Литературная гостиная»\|октябрь\|.*\|проведено ?участников: 42\|Гостиная «Осенние строки».*$/,
    );
    expect(eventRows[1]).toMatch(
      /^4\|Участие в литературном конкурсе «Голоса земли Рамешковской»\|октябрь\|.*\|перенесено\|$/,
    );
    // The next row is another table's header, not a third October event.
    expect(rows[head + 3]).toMatch(/^№\|/);
    expect(rows.some((x) => x.includes('Новогоднее'))).toBe(false);
    expect(r.problemRows).toEqual([]);
    // Whole-year item, next month's plan, the year table with bars, the styled header row.
    expect(rows.some((x) => x.startsWith('11|Участие в районных мероприятиях'))).toBe(true);
    expect(rows.some((x) => x.startsWith('5|Участие в мероприятии «День Матери»'))).toBe(true);
    // «Выполнение» is held out of ALL planned: October's moved event is not done (1 of 2, not 100 %).
    expect(rows.some((x) => /^Сентябрь 2026\|2\|1\|0 \/ 0\|1\|█{3}░{2} 50%$/.test(x))).toBe(true);
    expect(rows.some((x) => /^Октябрь 2026\|2\|1\|1 \/ 0\|0\|█{3}░{2} 50%$/.test(x))).toBe(true);
    expect(xml).toContain('Проведено: 1 из 2 (50%)');
    expect(xml).toMatch(/<w:tblHeader\/>/);
    expect(xml).toContain('итоги не внесены');
    // No raw ids in the document.
    expect(xml).not.toContain(r.docId);
    expect(xml).not.toMatch(/\brow\.|timing\.|responsible\./);
  });

  it('a rebuilt month rewrites the same doc: one doc, one .docx', async () => {
    const rt = await openRuntime({ today: '2026-11-02' });
    const sheet = await seeded(rt);
    const a = await callScript(rt, 'buildReport', '2026-10');
    sheet.personEdit(PLAN, rowOf(sheet, '4'), col(sheet, 'Статус'), [['проведено']]);
    sheet.personEdit(PLAN, rowOf(sheet, '4'), col(sheet, 'Итоги'), [['Конкурс прошёл']]);
    await rt.save();
    const b = await callScript(rt, 'buildReport', '2026-10');
    expect(b.docId).toBe(a.docId);
    expect(b.created).toBe(false);
    expect(b.counts.held).toBe(2);
    expect(reports(rt)).toHaveLength(1);
    expect(readdirSync(join(rt.workspace.dir, 'reports'))).toEqual([
      '2026-10 Отчёт о совместных мероприятиях.docx',
    ]);
    const xml = await documentXml(join(rt.workspace.dir, reports(rt)[0]!.file));
    expect(xml).toContain('Конкурс прошёл');
    // The rebuilt content replaced the old one: the events table appears once.
    expect(
      tableRows(xml).filter((x) => x.startsWith('№|Мероприятие|Сроки|Ответственные|Статус')).length,
    ).toBe(1);
  });

  it('a doc deleted by a person is made again, and the stale .docx goes', async () => {
    const rt = await openRuntime({ today: '2026-11-02' });
    await seeded(rt);
    const a = await callScript(rt, 'buildReport', '2026-10');
    rt.service<DriveFake>('drive').personDelete(a.docId);
    await rt.save();
    expect(readdirSync(join(rt.workspace.dir, 'reports'))).toEqual([]);
    const b = await callScript(rt, 'buildReport', '2026-10');
    expect(b.docId).not.toBe(a.docId);
    expect(b.created).toBe(true);
    expect(reports(rt)).toHaveLength(1);
  });

  it('a kill at every call k, then a re-run, leaves exactly one complete doc', async () => {
    // A clean run, for the expected content and the number of calls. The first writer run of a plan
    // makes the one-time move of an old install's state (gas/properties.ts), a few calls that no later
    // run makes; so the calls are counted on a second run from the same state as each k's run below.
    const clean = await openRuntime({ today: '2026-11-02' });
    await seeded(clean);
    await callScript(clean, 'buildReport', '2026-10');
    forgetReport(clean);
    clean.meter.reset();
    const seq: string[] = [];
    clean.meter.onHit = (m) => seq.push(m);
    const ref = await callScript(clean, 'buildReport', '2026-10');
    clean.meter.onHit = null;
    const calls = clean.meter.total;
    // Every call k from the start through the doc's creation, placing, remembering and clearing, and
    // from saveAndClose to the end; in between (one append or style call after another, each leaving a
    // partial body that the re-run clears) every 5th, unless PLANBOOK_ALL_KILLS=1 asks for every one.
    const cleared = seq.indexOf('Body.clear') + 1;
    const closing = seq.indexOf('Document.saveAndClose') + 1;
    expect(cleared).toBeGreaterThan(0);
    const ks: number[] = [];
    for (let k = 1; k <= calls; k++) {
      if (k <= cleared + 2 || k >= closing || k % 5 === 0 || process.env['PLANBOOK_ALL_KILLS'] === '1')
        ks.push(k);
    }
    const want = clean.service<DocumentFake>('document').textOf(ref.docId);
    expect(calls).toBeGreaterThan(20);

    // Each k on the same workspace: after the kill and the re-run are checked, the report's traces
    // (docs, folder, remembered ids) are removed so that the next k starts from the same state.
    const rt = await openRuntime({ today: '2026-11-02' });
    await seeded(rt);
    const drive = rt.service<DriveFake>('drive');
    for (const k of ks) {
      rt.meter.reset();
      rt.meter.setFaults([{ at: k, kill: true }]);
      const out = await rt.run('buildReport', '2026-10');
      expect(out.killed, `kill at ${k}`).toBe(true);
      rt.meter.setFaults([]);
      const again = await callScript(rt, 'buildReport', '2026-10');
      const docs = drive.files();
      expect(docs.length, `docs after kill at ${k}`).toBe(1);
      expect(docs[0]!.id).toBe(again.docId);
      expect(drive.pathOf(docs[0]!), `doc in the folder after kill at ${k}`).toBe('planbook — отчёты');
      expect(drive.folders().length, `folders after kill at ${k}`).toBe(1);
      expect(rt.service<DocumentFake>('document').textOf(again.docId), `content after kill at ${k}`).toBe(
        want,
      );
      expect(readdirSync(join(rt.workspace.dir, 'reports'))).toHaveLength(1);
      forgetReport(rt);
      await rt.save();
    }
  }, 600_000);

  it('the monthly trigger on the 1st builds the previous month; the menu asks for a month', async () => {
    const rt = await openRuntime({ today: '2026-10-31T12:00' });
    await seeded(rt);
    await rt.call('turnAutomationOn');
    const until = rt.clock.now() + 2 * 86400000;
    const ran = await rt.fireTimeTriggers(until);
    const monthly = ran.filter((r) => r.handler === 'monthlyRun');
    expect(monthly).toHaveLength(1);
    const results = monthly[0]!.outcome.value as { job: string; ok: boolean; message: string }[];
    expect(results.find((j) => j.job === 'report')).toMatchObject({ ok: true });
    expect(reports(rt).map((r) => r.month)).toEqual(['2026-10']);

    const ui: UiFake = rt.service<SpreadsheetService>('spreadsheet').ui;
    ui.answers.push({ button: 'OK', text: '2026-09' });
    await rt.call('menuBuildReport');
    expect(
      reports(rt)
        .map((r) => r.month)
        .sort(),
    ).toEqual(['2026-09', '2026-10']);
    expect(ui.alerts.at(-1)!.prompt).toMatch(
      /Отчёт за сентябрь 2026 г\. готов: https:\/\/docs\.google\.com\/document\/d\//,
    );

    ui.answers.push({ button: 'OK', text: 'октябрь' });
    await rt.call('menuBuildReport');
    expect(ui.alerts.at(-1)!.prompt).toMatch(/Месяц «октябрь» не понят/);
    ui.answers.push({ button: 'CANCEL', text: '' });
    const before = ui.alerts.length;
    await rt.call('menuBuildReport');
    // Only the question was shown: no report, no alert after it.
    expect(ui.alerts.length).toBe(before + 1);
    expect(ui.alerts.at(-1)!.prompt).toMatch(/За какой месяц собрать отчёт\? .* 2026-10/);
    expect(reports(rt)).toHaveLength(2);
  });

  it('rows with problems are listed in the report, not skipped', async () => {
    const rt = await openRuntime({ today: '2026-11-02' });
    const sheet = await seeded(rt);
    const r5 = rowOf(sheet, '5');
    sheet.personEdit(PLAN, r5, col(sheet, 'Сроки'), [['когда-нибудь']]);
    await rt.save();
    const r = await callScript(rt, 'buildReport', '2026-10');
    expect(r.problemRows).toContain(r5);
    const xml = await documentXml(join(rt.workspace.dir, reports(rt)[0]!.file));
    expect(
      tableRows(xml).some((x) =>
        x.startsWith(`${r5}|5|Участие в мероприятии «День Матери»|Не понятны сроки «когда-нибудь»`),
      ),
    ).toBe(true);
  });

  it('e-mails the link and the PDF to the report recipients once per ended month', async () => {
    const rt = await openRuntime({ today: '2026-11-02' });
    const sheet = await seeded(rt);
    setSetting(sheet, 'Получатели отчёта', 'director@example.org, district@example.org');
    await rt.save();
    const mails = () => rt.status()['mails'] as { to: string; subject: string; file: string }[];
    const r = await callScript(rt, 'buildReport', '2026-10');
    expect(r.mailedTo).toEqual(['director@example.org', 'district@example.org']);
    expect(mails()).toHaveLength(1);
    expect(mails()[0]!.subject).toBe('Отчёт о совместных мероприятиях за октябрь 2026 г.');
    const eml = readFileSync(join(rt.workspace.outboxDir, mails()[0]!.file), 'utf8');
    expect(eml).toMatch(/application\/pdf/);
    await rt.call('buildReport', '2026-10');
    expect(mails()).toHaveLength(1);
    // The month in progress is not sent.
    await rt.call('buildReport', '2026-11');
    expect(mails()).toHaveLength(1);
  });

  it('English by the Settings', async () => {
    const rt = await openRuntime({ today: '2026-11-02' });
    const sheet = await seeded(rt);
    setSetting(sheet, 'Язык', 'en');
    await rt.save();
    const r = await callScript(rt, 'buildReport', '2026-10');
    expect(r.title).toBe('Report on joint events for October 2026');
    expect(r.events[0]!.status).toBe('held');
    expect(reports(rt)[0]!.file).toBe('reports/2026-10 Report on joint events.docx');
  });

  it('is a real .docx: one table per table block', async () => {
    const rt = await openRuntime({ today: '2026-11-02' });
    await seeded(rt);
    await rt.call('buildReport', '2026-10');
    const xml = await documentXml(join(rt.workspace.dir, reports(rt)[0]!.file));
    expect(xml).toContain('<w:tbl>');
  });

  it.skipIf(
    skipWithout(SOFFICE, 'the report opened in LibreOffice', 'apt-get install -y libreoffice-writer'),
  )(
    'opens in LibreOffice: converts to PDF headless',
    async () => {
      const soffice = needTool(SOFFICE, 'LibreOffice (soffice)', 'apt-get install -y libreoffice-writer');
      const rt = await openRuntime({ today: '2026-11-02' });
      await seeded(rt);
      await rt.call('buildReport', '2026-10');
      const file = join(rt.workspace.dir, reports(rt)[0]!.file);
      const out = tempDir();
      execFileSync(soffice, ['--headless', '--convert-to', 'pdf', '--outdir', out, file], {
        timeout: 120_000,
      });
      const pdf = readdirSync(out).find((f) => f.endsWith('.pdf'));
      expect(pdf).toBeTruthy();
      expect(readFileSync(join(out, pdf!)).subarray(0, 5).toString()).toBe('%PDF-');
    },
    180_000,
  );
});
