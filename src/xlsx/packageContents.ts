/**
 * What an .xlsx package holds beyond cell values, counted from its parts: exceljs reads and
 * writes a workbook through its own model and drops what that model lacks (charts, shapes,
 * pivot tables, macros…), so an annotated copy is compared with its original to say what it lost.
 */
import { entryText, readZip, type ZipEntry } from './zipPackage';

interface Feature {
  label: string;
  /** Parts counted by name… */
  part?: RegExp;
  /** …or occurrences of an element in the parts named by `in`. */
  element?: RegExp;
  in?: RegExp;
}

const WORKSHEETS = /^xl\/worksheets\/[^/]+\.xml$/;
const WORKBOOK = /^xl\/workbook\.xml$/;

const FEATURES: Feature[] = [
  { label: '图表', part: /^xl\/charts\/chart[^/]*\.xml$/ },
  { label: '图片', part: /^xl\/media\// },
  { label: '形状或文本框', element: /<xdr:sp\b/g, in: /^xl\/drawings\/[^/]+\.xml$/ },
  { label: '数据透视表', part: /^xl\/pivotTables\/[^/]+\.xml$/ },
  { label: '切片器', part: /^xl\/slicers\/[^/]+\.xml$/ },
  { label: '宏（VBA）', part: /^xl\/vbaProject\.bin$/ },
  { label: '外部链接', part: /^xl\/externalLinks\/[^/]+\.xml$/ },
  { label: '表单控件', part: /^xl\/ctrlProps\// },
  { label: '嵌入对象', part: /^xl\/embeddings\// },
  { label: '工作表保护', element: /<sheetProtection\b/g, in: WORKSHEETS },
  {
    label: '工作表保护密码',
    element: /<sheetProtection\b[^>]*\b(password|hashValue)=/g,
    in: WORKSHEETS,
  },
  { label: '工作簿保护', element: /<workbookProtection\b/g, in: WORKBOOK },
  { label: '定义的名称', element: /<definedName\b/g, in: WORKBOOK },
  { label: '打印设置', element: /<pageSetup\b/g, in: WORKSHEETS },
  { label: '页眉页脚', element: /<headerFooter\b/g, in: WORKSHEETS },
  { label: '条件格式', element: /<conditionalFormatting\b/g, in: WORKSHEETS },
  { label: '数据验证', element: /<dataValidation\b/g, in: WORKSHEETS },
];

/** How many of each feature the package holds. */
export function packageFeatures(data: Uint8Array): Map<string, number> {
  const entries = readZip(data);
  // Each sheet is inflated once, though several features look into it.
  const texts = new Map<string, string>();
  const textOf = (entry: ZipEntry): string => {
    let text = texts.get(entry.name);
    if (text === undefined) texts.set(entry.name, (text = entryText(entry)));
    return text;
  };
  const counts = new Map<string, number>();
  for (const feature of FEATURES) {
    let count = 0;
    for (const entry of entries) {
      if (feature.part?.test(entry.name)) count++;
      else if (feature.element && feature.in?.test(entry.name))
        count += (textOf(entry).match(feature.element) ?? []).length;
    }
    counts.set(feature.label, count);
  }
  return counts;
}

/** What `copy` has fewer of than `original`, e.g. "图表 1 个（原有 1）". */
export function lostInCopy(original: Uint8Array, copy: Uint8Array): string[] {
  const had = packageFeatures(original);
  const has = packageFeatures(copy);
  const lost: string[] = [];
  for (const [label, count] of had) {
    const kept = has.get(label) ?? 0;
    if (kept < count) lost.push(`${label} ${count - kept} 处（原有 ${count}）`);
  }
  return lost;
}
