import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { numberingProblems, parsePlanText, splitPlanLine } from '../../src/domain/importText';
import { splitResponsibles } from '../../src/domain/responsibles';
import { problemText } from '../../src/domain/texts/problems';
import { parseTiming } from '../../src/domain/timing';

const SEED = readFileSync(new URL('../../seeds/plan-school-library.txt', import.meta.url), 'utf8');

describe('parsePlanText: the seed plan', () => {
  const result = parsePlanText(SEED);
  const rows = result.rows;

  it('finds the 14 rows, numbers as written', () => {
    expect(rows.map((r) => r.number)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '8',
      '9',
      '10',
      '11',
      '12',
      '13',
      '13',
      '14',
    ]);
  });

  it('reports №7 missing and №13 repeated, nothing else', () => {
    expect(result.problems).toEqual([
      { code: 'plan.numberMissing', params: { number: 7 } },
      { code: 'plan.numberRepeated', params: { number: 13, count: 2 } },
    ]);
    expect(problemText(result.problems[0]!, 'ru')).toBe('№7 пропущен в нумерации');
    expect(problemText(result.problems[1]!, 'ru')).toBe('№13 встречается дважды');
  });

  it('has no school year heading', () => {
    expect(result.schoolYear).toBeNull();
  });

  it('row 1: title, period, two responsibles', () => {
    const r = rows[0]!;
    expect(r.title).toBe('Заключение договора о сотрудничестве');
    expect(r.period).toBe('сентябрь');
    expect(r.responsibles).toBe('директор МОУ «Рамешковская СОШ», директор библиотеки');
    expect(splitResponsibles(r.responsibles)).toEqual([
      'директор МОУ «Рамешковская СОШ»',
      'директор библиотеки',
    ]);
    expect(r.line).toBe(5);
  });

  it('row 2: doubled spaces collapsed', () => {
    expect(rows[1]!.title).toBe(
      'Экскурсия в центральную и детскую библиотеки с целью знакомства с профессиями работников',
    );
    expect(splitResponsibles(rows[1]!.responsibles)).toEqual([
      'работники библиотеки',
      'классные руководители',
    ]);
  });

  it('row 3: a hyphen with spaces after a quoted name', () => {
    expect(rows[2]!.title).toBe('Совместное участие в мероприятии «Литературная гостиная»');
    expect(rows[2]!.period).toBe('октябрь');
  });

  it('row 6: no space after a comma', () => {
    const r = rows[5]!;
    expect(r.number).toBe('6');
    // the cell of the new row: the roles as the Ответственные sheet names them, comma and space
    expect(r.responsibles).toBe('работники библиотеки, организатор, классные руководители');
    expect(splitResponsibles(r.responsibles)).toEqual([
      'работники библиотеки',
      'организатор',
      'классные руководители',
    ]);
  });

  it('row 8: leading space, dash glued to the title, comma inside the title', () => {
    const r = rows[6]!;
    expect(r.number).toBe('8');
    expect(r.title).toBe('Экскурсия в сельские библиотеки, посещение экспозиций');
    expect(r.period).toBe('январь');
  });

  it('row 10: a comma inside the title', () => {
    expect(rows[8]!.title).toBe('Участие в мероприятии, посвященном Международному женскому дню');
    expect(rows[8]!.period).toBe('март');
  });

  it('row 11: "в течение года"', () => {
    expect(rows[9]!.period).toBe('в течение года');
    expect(rows[9]!.responsibles).toBe('классные руководители, организатор');
  });

  it('the first row 13: "13 ." and a range period, no final dot', () => {
    const r = rows[11]!;
    expect(r.number).toBe('13');
    expect(r.title).toBe('Участие в литературном конкурсе имени Ф.Н.Глинки');
    expect(r.period).toBe('апрель-июнь');
    expect(r.responsibles).toBe('работники библиотеки, организатор, классные руководители');
  });

  it('the second row 13 and row 14', () => {
    expect(rows[12]!.title).toBe('Конкурс фотографий «Счастливое детство»');
    expect(rows[12]!.period).toBe('июнь');
    const r = rows[13]!;
    expect(r.title).toBe('Участие в подготовке к мероприятию «День муниципального округа»');
    expect(r.period).toBe('июль');
    expect(r.responsibles).toBe('работники библиотеки, организатор, классные руководители');
  });

  it('keeps place and notes empty for numbered lines', () => {
    expect(rows.every((r) => r.place === '' && r.notes === '')).toBe(true);
  });
});

describe('parsePlanText: numbered lines', () => {
  it('reads numbers written in many ways', () => {
    const text = [
      '1) Акция «Читаем вместе» - октябрь, библиотекарь',
      '2.Громкие чтения – ноябрь, учителя',
      '  3 . Выставка книг—декабрь, библиотекарь',
      '4. Кино-викторина «Осень» – сентябрь, вожатый',
      '5. Встреча в МОУ Рамешковская-СОШ – март, директор',
    ].join('\n');
    const r = parsePlanText(text);
    expect(r.rows.map((x) => [x.number, x.title, x.period, x.responsibles])).toEqual([
      ['1', 'Акция «Читаем вместе»', 'октябрь', 'библиотекарь'],
      ['2', 'Громкие чтения', 'ноябрь', 'учителя'],
      ['3', 'Выставка книг', 'декабрь', 'библиотекарь'],
      ['4', 'Кино-викторина «Осень»', 'сентябрь', 'вожатый'],
      ['5', 'Встреча в МОУ Рамешковская-СОШ', 'март', 'директор'],
    ]);
    expect(r.problems).toEqual([]);
  });

  it('does not cut at a dash inside quotes', () => {
    const parts = splitPlanLine('Викторина «Осень – пора золотая» – октябрь, учителя');
    expect(parts).toMatchObject({
      title: 'Викторина «Осень – пора золотая»',
      period: 'октябрь',
      responsibles: 'учителя',
    });
  });

  it('takes lists and dates as periods', () => {
    expect(splitPlanLine('Неделя книги – январь, март, библиотекарь')).toMatchObject({
      title: 'Неделя книги',
      period: 'январь, март',
      responsibles: 'библиотекарь',
    });
    expect(splitPlanLine('Праздник – 12 апреля, 10:30, вожатая')).toMatchObject({
      period: '12 апреля, 10:30',
      responsibles: 'вожатая',
    });
    expect(splitPlanLine('Конкурс для 1-4 классов – II полугодие, учителя')).toMatchObject({
      title: 'Конкурс для 1-4 классов',
      period: 'II полугодие',
    });
    expect(splitPlanLine('Отчёт – по мере необходимости, завуч')).toMatchObject({
      period: 'по мере необходимости',
      responsibles: 'завуч',
    });
  });

  it('keeps a period it cannot understand, for the problem to name it', () => {
    expect(splitPlanLine('Родительское собрание – в конце четверти, классные руководители')).toEqual({
      title: 'Родительское собрание',
      period: 'в конце четверти',
      responsibles: 'классные руководители',
      found: false,
    });
  });

  it('a line without a number but with a dash and a period is a row', () => {
    const r = parsePlanText('Цель: развитие чтения.\nДень знаний – 1 сентября, директор\n');
    expect(r.rows).toEqual([
      {
        number: '',
        title: 'День знаний',
        period: '1 сентября',
        responsibles: 'директор',
        place: '',
        notes: '',
        classes: '',
        time: '',
        section: '',
        date: '',
        line: 2,
      },
    ]);
  });

  it('finds the school year in a heading', () => {
    const r = parsePlanText('План работы библиотеки на 2026-2027 учебный год\n1. Акция – май, все');
    expect(r.schoolYear).toEqual({ startYear: 2026 });
    expect(r.rows).toHaveLength(1);
  });

  it('reports a row without a title and repeated numbers', () => {
    const r = parsePlanText('1. Акция – май, все\n2.\n2. Вечер – июнь, все\n2. Утренник – июль, все');
    expect(r.problems).toEqual([
      { code: 'plan.numberRepeated', params: { number: 2, count: 3 } },
      { code: 'plan.rowNoTitle', params: { line: 2, number: '2' } },
    ]);
    expect(problemText(r.problems[0]!, 'ru')).toBe('№2 встречается трижды');
  });

  it('reports an empty text', () => {
    expect(parsePlanText('').problems).toEqual([{ code: 'plan.noRows' }]);
    expect(parsePlanText('Просто текст без плана.').rows).toEqual([]);
  });
});

describe('parsePlanText: tables', () => {
  it('reads TSV pasted from Word', () => {
    const text = [
      'План мероприятий на 2026/2027 уч. год',
      '№ п/п\tСодержание работы\tДата проведения\tОтветственный\tПримечание',
      '1.\tДень знаний\t1 сентября\tДиректор.\tлинейка',
      '2.\tОсенний бал\tоктябрь\tВожатая, классные руководители\t',
      '3.\tНовогодний утренник\t25.12 в 10:00\tОрганизатор\tактовый зал',
    ].join('\r\n');
    const r = parsePlanText(text);
    expect(r.schoolYear).toEqual({ startYear: 2026 });
    expect(r.problems).toEqual([]);
    expect(r.rows).toEqual([
      {
        number: '1',
        title: 'День знаний',
        period: '1 сентября',
        responsibles: 'Директор',
        place: '',
        notes: 'Примечание: линейка',
        classes: '',
        time: '',
        section: '',
        date: '',
        line: 3,
      },
      {
        number: '2',
        title: 'Осенний бал',
        period: 'октябрь',
        responsibles: 'Вожатая, классные руководители',
        place: '',
        notes: '',
        classes: '',
        time: '',
        section: '',
        date: '',
        line: 4,
      },
      {
        number: '3',
        title: 'Новогодний утренник',
        period: '25.12 в 10:00',
        responsibles: 'Организатор',
        place: '',
        notes: 'Примечание: актовый зал',
        classes: '',
        time: '',
        section: '',
        date: '',
        line: 5,
      },
    ]);
  });

  it('glues a Word cell that was split by a line break', () => {
    const text = [
      '№\tМероприятие\tСроки\tОтветственные',
      '1\tВстреча с писателем',
      '(онлайн)\tноябрь\tбиблиотекарь',
      '2\tКонкурс чтецов\tмарт\tучителя',
    ].join('\n');
    const r = parsePlanText(text);
    expect(r.rows.map((x) => [x.number, x.title, x.period, x.responsibles])).toEqual([
      ['1', 'Встреча с писателем\n(онлайн)', 'ноябрь', 'библиотекарь'],
      ['2', 'Конкурс чтецов', 'март', 'учителя'],
    ]);
  });

  it('reads CSV with quoted fields, doubled quotes and a quoted new line', () => {
    const text = [
      'N,Наименование мероприятия,Сроки проведения,Ответственный за проведение,Место проведения,Классы',
      '1,"Конкурс ""Осень, осень""",октябрь,"Иванова И.И., Петров П.П.",Актовый зал,5-7',
      '2,"Выставка',
      'рисунков",ноябрь-декабрь,Учитель ИЗО,Рекреация,',
    ].join('\n');
    const r = parsePlanText(text);
    expect(r.rows).toEqual([
      {
        number: '1',
        title: 'Конкурс "Осень, осень"',
        period: 'октябрь',
        responsibles: 'Иванова И.И., Петров П.П.',
        place: 'Актовый зал',
        notes: '',
        classes: '5-7',
        time: '',
        section: '',
        date: '',
        line: 2,
      },
      {
        number: '2',
        title: 'Выставка\nрисунков',
        period: 'ноябрь-декабрь',
        responsibles: 'Учитель ИЗО',
        place: 'Рекреация',
        notes: '',
        classes: '',
        time: '',
        section: '',
        date: '',
        line: 3,
      },
    ]);
  });

  it('reads CSV with semicolons and header spellings in any case, with ё', () => {
    const text = [
      '№;НАЗВАНИЕ;Срок.;Ответственные;Отметка о выполнении',
      '1;Субботник;апрель;Завхоз;',
      '3;Линейка;1 сентября;Директор;',
    ].join('\n');
    const r = parsePlanText(text);
    expect(r.rows.map((x) => [x.number, x.title, x.period, x.responsibles])).toEqual([
      ['1', 'Субботник', 'апрель', 'Завхоз'],
      ['3', 'Линейка', '1 сентября', 'Директор'],
    ]);
    expect(r.problems).toEqual([{ code: 'plan.numberMissing', params: { number: 2 } }]);
  });

  it('ignores the introduction before the header and empty rows', () => {
    const text = [
      'Актуальность. Сотрудничество школы с библиотекой – важная задача.',
      'Цель: создать условия.',
      '',
      'Мероприятие\tСроки\tОтветственные',
      'Акция\tмай\tвсе',
      '\t\t',
      'Выставка\tиюнь\tбиблиотекарь',
    ].join('\n');
    const r = parsePlanText(text);
    expect(r.rows.map((x) => [x.number, x.title, x.line])).toEqual([
      ['', 'Акция', 5],
      ['', 'Выставка', 7],
    ]);
    expect(r.problems).toEqual([]);
  });
});

describe('numberingProblems', () => {
  it('finds gaps and repeats, ignoring non-numbers', () => {
    expect(numberingProblems(['1', '2', '4', '4', '4', '', 'а', '5.'])).toEqual([
      { code: 'plan.numberMissing', params: { number: 3 } },
      { code: 'plan.numberRepeated', params: { number: 4, count: 3 } },
    ]);
    expect(numberingProblems([])).toEqual([]);
  });
});

describe('numbering problems', () => {
  it('reports one missing number, a run of missing numbers as one problem, and repeats', () => {
    const problems = numberingProblems(['1', '2', '4', '5', '5', '6', '99']);
    expect(problems).toEqual([
      { code: 'plan.numberMissing', params: { number: 3 } },
      { code: 'plan.numberRepeated', params: { number: 5, count: 2 } },
      { code: 'plan.numbersMissing', params: { from: 7, to: 98 } },
    ]);
    expect(problemText(problems[2]!, 'ru')).toBe('№7–98 пропущены в нумерации');
  });
});

describe('parsePlanText: plans as official and school sites write them', () => {
  const sy = { startYear: 2012 };
  it('reads a day-by-day week plan with «Ответственный:» on its own line, not its numbered goals', () => {
    const text = [
      'НЕДЕЛЯ ЗДОРОВЬЯ',
      'Задачи:',
      '1. Формирование положительной мотивации.',
      '2.Пропаганда спорта.',
      'Пятница 21 сентября',
      '11.30 Линейка, посвященная открытию Недели Здоровья.',
      'Ответственная Акимова Е.В. Дмитриев К.П.',
      '12.10 Урок Здоровья в 5-9 классах',
      'Проводят классные руководители.',
      'Ответственный: Сотникова Н.П.',
      'Суббота 22 сентября',
      '11.30 «Веселые старты» 3-4 классы',
    ].join('\n');
    const rows = parsePlanText(text, sy).rows;
    expect(rows.map((r) => [r.title, r.date, r.time, r.responsibles, r.notes])).toEqual([
      [
        'Линейка, посвященная открытию Недели Здоровья',
        '21.09.2012',
        '11:30',
        'Акимова Е.В., Дмитриев К.П.',
        '',
      ],
      [
        'Урок Здоровья в 5-9 классах',
        '21.09.2012',
        '12:10',
        'Сотникова Н.П.',
        'Проводят классные руководители.',
      ],
      ['«Веселые старты» 3-4 классы', '22.09.2012', '11:30', '', ''],
    ]);
  });
  it('gives the Дата cell the times written with the days, the months of a calendar-year plan, no row for column numbers', () => {
    const text = [
      'План мероприятий на 2013 год',
      '№\tМероприятие\tСроки\tОтветственный',
      '1\t2\t3\t4',
      '1\tКонцерт\t"19.12 16.30\n22.12 10.00, 12.00"\t"Департамент культуры\nи туризма"',
      '2\tВыставка\tсентябрь\t"Директор школы\nСимонович О.С."',
      '3\tЛиния\t11 марта 11-30-13-30\tИванова И.И. (по согласованию)',
    ].join('\n');
    const rows = parsePlanText(text, sy).rows;
    expect(rows.map((r) => [r.number, r.date, r.responsibles])).toEqual([
      ['1', '19.12.2013 16:30, 22.12.2013 10:00, 22.12.2013 12:00', 'Департамент культуры и туризма'],
      ['2', '01.09.2013–30.09.2013', 'Директор школы Симонович О.С.'],
      ['3', '11.03.2013 11:30', 'Иванова И.И.'],
    ]);
  });
});

describe('parsePlanText: lines that begin with their day or time, PDF blocks', () => {
  const sy = { startYear: 2022 };
  it('reads lines that begin with their day, the lines under them going on the title', () => {
    const text = [
      '24.05. В филиалах пройдет цикл',
      'мероприятий «Азбука».',
      '25.05. в 10.00 Дом культуры проводит акцию.',
      '1 июня: День защиты детей;',
    ].join('\n');
    const rows = parsePlanText(text, sy).rows;
    expect(rows.map((r) => [r.title, r.date])).toEqual([
      ['В филиалах пройдет цикл мероприятий «Азбука»', '24.05.2023'],
      ['Дом культуры проводит акцию', '25.05.2023 10:00'],
      ['День защиты детей', '01.06.2023'],
    ]);
  });
  it('reads a one-day programme: the day from the first sentence, a row for each «time – title»', () => {
    const text = [
      '25 февраля состоится школьный праздник.',
      'Программа праздника:',
      '8:30 - оргмомент;',
      '9:00 - открытие праздника;',
      '9-30 – игры',
      'на улице',
      'Приглашаем всех!',
    ].join('\n');
    const rows = parsePlanText(text, sy).rows;
    expect(rows.map((r) => [r.title, r.date, r.time, r.notes])).toEqual([
      ['оргмомент', '25.02.2023', '08:30', ''],
      ['открытие праздника', '25.02.2023', '09:00', ''],
      ['игры', '25.02.2023', '09:30', 'на улице Приглашаем всех!'],
    ]);
  });
  it('reads a calendar plan copied from its PDF, block by block, under its module', () => {
    const text = [
      'Дела, события, мероприятия',
      'Сроки',
      'МОДУЛЬ «УРОЧНАЯ ДЕЯТЕЛЬНОСТЬ»',
      'Интеграция аспектов',
      '1-4',
      'Август',
      'Учителя начальных классов',
      'Использование потенциала учебных',
      '1-4',
      'В течение года Учителя, предметники',
      'материалов',
      'Уроки',
      '5-9',
      '01.09',
    ].join('\n');
    const rows = parsePlanText(text, sy).rows;
    expect(rows.map((r) => [r.title, r.classes, r.period, r.responsibles, r.section])).toEqual([
      ['Интеграция аспектов', '1-4', 'Август', 'Учителя начальных классов', 'МОДУЛЬ «УРОЧНАЯ ДЕЯТЕЛЬНОСТЬ»'],
      [
        'Использование потенциала учебных материалов',
        '1-4',
        'В течение года',
        'Учителя, предметники',
        'МОДУЛЬ «УРОЧНАЯ ДЕЯТЕЛЬНОСТЬ»',
      ],
      ['Уроки', '5-9', '01.09', '', 'МОДУЛЬ «УРОЧНАЯ ДЕЯТЕЛЬНОСТЬ»'],
    ]);
  });
  it('reads labelled lines and a table pasted without tabs', () => {
    const labelled =
      '1) «Проводы зимы», гулянье: дата: 06 марта 2023года, время: с 12-00 до 14-00 границы места проведения: площадь';
    const [a] = parsePlanText(labelled, sy).rows;
    expect([a?.title, a?.period, a?.time, a?.place]).toEqual([
      '«Проводы зимы», гулянье',
      '06 марта 2023 года',
      '12:00',
      'площадь',
    ]);
    const glued = [
      '1.Выставка «Традиции».01.11.2022 – 30.11.2022МБУК «СОКМ»',
      '2.Акция «Ночь искусств»04.11.2022МБУК «СОКМ»',
      '12:00',
    ].join('\n');
    const rows = parsePlanText(glued, sy).rows;
    expect(rows.map((r) => [r.title, r.period, r.place, r.time])).toEqual([
      ['Выставка «Традиции».', '01.11.2022 – 30.11.2022', 'МБУК «СОКМ»', ''],
      ['Акция «Ночь искусств»', '04.11.2022', 'МБУК «СОКМ»', '12:00'],
    ]);
  });
  it('finds the place before the date, and names written in the users column', () => {
    const text = [
      '№\tМероприятие\tМесто и дата проведения\tГруппы пользователей\tОтветственные',
      '1\tВыставка\tБиблиотеки школ 9 - 11 июня 2023 г.\tДавыдова К.Е. Машукова О.В.\tЮношество',
    ].join('\n');
    const [r] = parsePlanText(text, sy).rows;
    expect([r?.place, r?.period, r?.responsibles, r?.classes]).toEqual([
      'Библиотеки школ',
      '9 - 11 июня 2023 г.',
      'Давыдова К.Е., Машукова О.В.',
      'Юношество',
    ]);
  });
});

describe('parsePlanText: the eve of the school year, a section above the heading, spans without a dash', () => {
  it('«31 августа» before the September rows is the August before the year', () => {
    const text = [
      '№\tМероприятие\tДата\tОтветственный',
      '1\tКонцерт\t31 августа\tУСиДР',
      '2\tЛинейки\t01 сентября\tШколы',
    ].join('\n');
    const rows = parsePlanText(text, { startYear: 2026 }).rows;
    expect(rows.map((r) => r.date)).toEqual(['31.08.2026', '']);
  });
  it('a numbered section just above the heading row is the section of the rows', () => {
    const text = [
      'План на лето',
      '1.Организационные мероприятия',
      '№\tМероприятие\tСроки\tИсполнители',
      '1.1\tКомиссия\tИюнь август 2027 года\tРУО',
    ].join('\n');
    const [r] = parsePlanText(text, { startYear: 2026 }).rows;
    expect([r?.section, r?.number]).toEqual(['Организационные мероприятия', '1.1']);
    expect(parseTiming(r?.period ?? '', { startYear: 2026 }).occurrences).toEqual([
      { start: '2027-06-01', end: '2027-08-31' },
    ]);
  });
});
