/** The simulated Excel keeps Excel's batching rules, so code that passes here behaves in Excel. */
import {
  createFakeExcel,
  FakeOfficeError,
  type WorkbookSnapshot,
} from '../../src/sandbox/fakeExcel';

function book(): WorkbookSnapshot {
  return {
    sheets: [
      {
        name: '部门整体',
        visibility: 'Visible',
        cells: {
          A1: { value: '部门整体支出绩效目标申报表' },
          B3: { value: '随州市曾都区政务服务和大数据管理局', fill: '#FFFF00', note: '汇总部门' },
          C12: { value: 489.98, numberFormat: '0.00' },
          D12: { value: 537.34, locked: false },
        },
        merges: ['A1:H1'],
        validations: [{ range: 'A20:A30', type: 'list', source: '=列表_部门一级指标' }],
      },
      {
        name: '_perf_forms_profile',
        visibility: 'VeryHidden',
        cells: { A1: { value: '{}' } },
        merges: [],
        validations: [],
      },
    ],
    names: [{ name: '列表_部门一级指标', formula: "='_perf_forms_lists'!$A$2:$A$3" }],
    selection: null,
  };
}

describe('batching', () => {
  it('applies queued writes only at sync', async () => {
    const excel = createFakeExcel(book());
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('部门整体').getRange('C13').values = [[270.98]];
      expect(excel.getValue('部门整体', 'C13')).toBeNull();
      await context.sync();
      expect(excel.getValue('部门整体', 'C13')).toBe(270.98);
    });
  });

  it('makes loaded values readable only after the sync, like PropertyNotLoaded', async () => {
    const excel = createFakeExcel(book());
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('部门整体').getRange('C12:D12');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values,address');
      expect(() => range.values).toThrow(FakeOfficeError);
      await context.sync();
      expect(range.values).toEqual([[489.98, 537.34]]);
      expect(range.address).toBe("'部门整体'!C12:D12");
      // Loaded properties only: numberFormat was not asked for.
      expect(() => range.numberFormat).toThrow(
        expect.objectContaining({ code: 'PropertyNotLoaded' }),
      );
    });
  });

  it('reports empty cells as "" in values, as Excel does', async () => {
    const excel = createFakeExcel(book());
    const values = await excel.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem('部门整体')
        .getRange('B12:C12')
        .load('values');
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([['', 489.98]]);
  });

  it('gives a null object for a missing item, readable after sync', async () => {
    const excel = createFakeExcel(book());
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('项目表');
      const present = context.workbook.worksheets.getItemOrNullObject('部门整体');
      expect(() => missing.isNullObject).toThrow(
        expect.objectContaining({ code: 'PropertyNotLoaded' }),
      );
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it('fails the sync on a missing item and keeps the operations queued before it', async () => {
    const excel = createFakeExcel(book());
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('部门整体').getRange('E12').values = [[-47.36]];
        context.workbook.worksheets.getItem('不存在').getRange('A1').values = [['x']];
        context.workbook.worksheets.getItem('部门整体').getRange('F12').values = [['never']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(excel.getValue('部门整体', 'E12')).toBe(-47.36);
    expect(excel.getValue('部门整体', 'F12')).toBeNull();
  });

  it('counts every sync and every queued call, and flushes what is left when the batch ends', async () => {
    const excel = createFakeExcel(book());
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('部门整体'); // 1 call
      sheet.getRange('C14').values = [[219]]; // 2 calls: getRange, values
      sheet.getRange('C15').format.fill.color = '#FFC7CE'; // 2 calls: getRange, color
      await context.sync();
      sheet.getRange('C16').values = [[277]]; // 2 calls, synced by run itself
    });
    expect(excel.syncCount()).toBe(2);
    expect(excel.apiCallCount()).toBe(7);
    expect(excel.getValue('部门整体', 'C16')).toBe(277);
    excel.resetCounters();
    expect([excel.syncCount(), excel.apiCallCount()]).toEqual([0, 0]);
  });

  it('ignores null entries of a 2-D write and clears with ""', async () => {
    const excel = createFakeExcel(book());
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('部门整体').getRange('C12:D12').values = [[null, '']];
      await context.sync();
    });
    expect(excel.getValue('部门整体', 'C12')).toBe(489.98);
    expect(excel.getValue('部门整体', 'D12')).toBeNull();
  });

  it('rejects a write whose shape does not match the range', async () => {
    const excel = createFakeExcel(book());
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('部门整体').getRange('C12:D12').values = [[1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('ranges, merges, notes and protection', () => {
  it('reads the used range (values only) and the merged areas', async () => {
    const excel = createFakeExcel(book());
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('部门整体');
      const used = sheet
        .getUsedRangeOrNullObject(true)
        .load('rowIndex,columnIndex,rowCount,columnCount');
      const merged = sheet.getRange().getMergedAreasOrNullObject().load('address');
      await context.sync();
      expect([used.rowIndex, used.columnIndex, used.rowCount, used.columnCount]).toEqual([
        0, 0, 12, 4,
      ]);
      expect(merged.address).toBe("'部门整体'!A1:H1");
    });
  });

  it('paints and clears RangeAreas, and refuses over-long address strings like Excel', async () => {
    const excel = createFakeExcel(book());
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('部门整体');
      sheet.getRanges('C12, D12:D14').format.fill.color = '#ffeb9c';
      sheet.getRanges('B3').format.fill.clear();
      await context.sync();
    });
    expect(excel.getFill('部门整体', 'D13')).toBe('#FFEB9C');
    expect(excel.getFill('部门整体', 'B3')).toBeNull();
    const tooLong = Array.from({ length: 60 }, (_, index) => `C${index + 100}`).join(',');
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('部门整体').getRanges(tooLong).format.fill.color =
          '#FFC7CE';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('adds, reads, changes and deletes notes', async () => {
    const excel = createFakeExcel(book());
    await excel.run(async (context) => {
      const notes = context.workbook.worksheets.getItem('部门整体').notes;
      notes.add('C12', '收入合计');
      const existing = notes.getItemOrNullObject('B3').load('content');
      const none = notes.getItemOrNullObject('D12').load('content');
      await context.sync();
      expect(existing.content).toBe('汇总部门');
      expect(none.isNullObject).toBe(true);
      notes.getItem('B3').delete();
      notes.getItem('C12').content = '改过的批注';
      await context.sync();
    });
    expect(excel.getNote('部门整体', 'B3')).toBeNull();
    expect(excel.getNote('部门整体', 'C12')).toBe('改过的批注');
  });

  it('refuses formats on a protected sheet until it is unprotected, and locked cells to typing', async () => {
    const excel = createFakeExcel(book());
    await excel.run(async (context) => {
      context.workbook.worksheets
        .getItem('部门整体')
        .protection.protect({ allowFormatColumns: true });
      await context.sync();
    });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('部门整体').getRange('C12').format.fill.color =
          '#FFC7CE';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(() => excel.setValue('部门整体', 'C12', 1)).toThrow(FakeOfficeError);
    excel.setValue('部门整体', 'D12', 530); // unlocked input cell
    expect(excel.getValue('部门整体', 'D12')).toBe(530);
  });
});

describe('events', () => {
  it('fires onChanged when a person types, and tells the add-in its own writes apart', async () => {
    const excel = createFakeExcel(book());
    const changes: {
      address: string;
      worksheetId: string;
      changeType: string;
      triggerSource: string;
    }[] = [];
    const sheetId = await excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (event) => void changes.push(event));
      const sheet = context.workbook.worksheets.getItem('部门整体').load('id');
      await context.sync();
      return sheet.id;
    });
    excel.setValue('部门整体', 'C13', 270.98);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('部门整体').getRange('C14:C15').values = [[219], [0]];
      await context.sync();
    });
    await Promise.resolve();
    expect(changes).toEqual([
      expect.objectContaining({
        address: 'C13',
        worksheetId: sheetId,
        changeType: 'RangeEdited',
        triggerSource: 'Unknown',
      }),
      expect.objectContaining({
        address: 'C14:C15',
        worksheetId: sheetId,
        triggerSource: 'ThisLocalAddin',
      }),
    ]);
  });

  it('fires nothing for a drop-down pick on builds that fire nothing, but the selection move fires', async () => {
    const excel = createFakeExcel(book());
    const seen: string[] = [];
    await excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async () => void seen.push('changed'));
      context.workbook.worksheets.onSelectionChanged.add(
        async (event) => void seen.push(`selected ${event.address}`),
      );
      await context.sync();
    });
    excel.setValue('部门整体', 'A20', '产出指标', { fireChanged: false });
    excel.select('部门整体', 'B20');
    await Promise.resolve();
    expect(seen).toEqual(['selected B20']);
    expect(excel.getValue('部门整体', 'A20')).toBe('产出指标');
  });
});

describe('save and reopen', () => {
  it('round-trips the workbook through a snapshot, sheet ids and hidden sheets included', async () => {
    const excel = createFakeExcel(book());
    await excel.run(async (context) => {
      const added = context.workbook.worksheets.add('_perf_forms_marks');
      added.visibility = 'VeryHidden';
      added.getRange('A1').values = [['~{"version":1,"marks":[]}']];
      context.workbook.worksheets.getItem('部门整体').getRange('C12').format.fill.color = '#FFC7CE';
      await context.sync();
    });
    const saved = JSON.parse(JSON.stringify(excel.snapshot())) as WorkbookSnapshot;
    const reopened = createFakeExcel(saved);
    expect(reopened.sheets()).toEqual(['部门整体', '_perf_forms_profile', '_perf_forms_marks']);
    expect(reopened.getFill('部门整体', 'C12')).toBe('#FFC7CE');
    expect(reopened.getNote('部门整体', 'B3')).toBe('汇总部门');
    expect(reopened.snapshot()).toEqual(saved);
    const ids = async (fake: typeof excel) =>
      fake.run(async (context) => {
        const sheets = context.workbook.worksheets.load('items/id');
        await context.sync();
        return sheets.items.map((sheet) => sheet.id);
      });
    expect(await ids(reopened)).toEqual(await ids(excel));
  });
});
