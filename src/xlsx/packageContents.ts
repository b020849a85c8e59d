/**
 * What an .xlsx package holds beyond cell values, counted from its parts: exceljs reads and
 * writes a workbook through its own model and drops what that model lacks (charts, shapes,
 * pivot tables, macros…), so an annotated copy is compared with its original to say what it lost.
 */
import { inflateRawSync } from 'zlib';

/** A zip archive's files by name (central directory; stored or deflated entries). */
function unzip(data: Uint8Array): Map<string, () => Buffer> {
  const zip = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const files = new Map<string, () => Buffer>();
  const END_SIGNATURE = 0x06054b50;
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END_SIGNATURE) end--;
  if (end < 0) return files;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count && at + 46 <= zip.length; i++) {
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    files.set(name, () => {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const bytes = zip.subarray(start, start + compressedSize);
      return method === 0 ? bytes : inflateRawSync(bytes);
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

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
  const files = unzip(data);
  // Each sheet is inflated once, though several features look into it.
  const texts = new Map<string, string>();
  const textOf = (name: string, read: () => Buffer): string => {
    let text = texts.get(name);
    if (text === undefined) texts.set(name, (text = read().toString('utf8')));
    return text;
  };
  const counts = new Map<string, number>();
  for (const feature of FEATURES) {
    let count = 0;
    for (const [name, read] of files) {
      if (feature.part?.test(name)) count++;
      else if (feature.element && feature.in?.test(name))
        count += (textOf(name, read).match(feature.element) ?? []).length;
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
