/**
 * Puts back into the annotated copy what exceljs left out of it, from the original package:
 * drawings (charts, shapes, text boxes and every part they use), which exceljs writes only for
 * pictures, and sheet protection it could not read (LibreOffice's legacy password). A sheet whose
 * copy has a drawing of its own (exceljs wrote its pictures) keeps that one; whatever is still
 * missing is reported by packageContents.ts. No Node here: the web page's copy is made the same way.
 */
import { entryText, readZip, writeZip, zipEntry, type ZipEntry } from './zipPackage';

const RELATIONSHIP_TYPES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** The relationship id the copy's sheet refers to its grafted drawing by. */
const GRAFTED_ID = 'rIdPerfFormsDrawing';

interface Relationship {
  id: string;
  type: string;
  /** The part it points to, as a path inside the package; null for an external target. */
  part: string | null;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** A value for an attribute we write: part names and types come from the original's XML. */
function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

function attribute(element: string, name: string): string | null {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(element);
  return match ? unescapeXml(match[1]) : null;
}

/** The folder of a part name ('' at the package root); part names use '/' and never start with it. */
function folderOf(part: string): string {
  return part.slice(0, Math.max(0, part.lastIndexOf('/')));
}

function extensionOf(part: string): string {
  const name = part.slice(part.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : '';
}

/** `target` (relative, with ./ and ../) resolved against `folder`, as a part name. */
function resolvePart(folder: string, target: string): string {
  const resolved: string[] = [];
  for (const step of `${folder}/${target}`.split('/')) {
    if (step === '..') resolved.pop();
    else if (step !== '.' && step !== '') resolved.push(step);
  }
  return resolved.join('/');
}

/** The relative target from `folder` to the part `to`. */
function relativePart(folder: string, to: string): string {
  const from = folder.split('/').filter(Boolean);
  const steps = to.split('/');
  let shared = 0;
  while (shared < from.length && shared < steps.length - 1 && from[shared] === steps[shared])
    shared++;
  return [...from.slice(shared).map(() => '..'), ...steps.slice(shared)].join('/');
}

function relsPathOf(part: string): string {
  const folder = folderOf(part);
  return `${folder ? `${folder}/` : ''}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;
}

class Package {
  readonly entries: ZipEntry[];
  private readonly byName: Map<string, ZipEntry>;

  constructor(data: Uint8Array) {
    this.entries = readZip(data);
    this.byName = new Map(this.entries.map((entry) => [entry.name, entry]));
  }

  has(part: string): boolean {
    return this.byName.has(part);
  }

  get(part: string): ZipEntry | undefined {
    return this.byName.get(part);
  }

  text(part: string): string | null {
    const entry = this.byName.get(part);
    return entry ? entryText(entry) : null;
  }

  put(entry: ZipEntry): void {
    const index = this.entries.findIndex((candidate) => candidate.name === entry.name);
    if (index >= 0) this.entries[index] = entry;
    else this.entries.push(entry);
    this.byName.set(entry.name, entry);
  }

  relationships(part: string): Relationship[] {
    const xml = this.text(relsPathOf(part)) ?? '';
    return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map(([element]) => {
      const target = attribute(element, 'Target') ?? '';
      const external = attribute(element, 'TargetMode') === 'External';
      return {
        id: attribute(element, 'Id') ?? '',
        type: attribute(element, 'Type') ?? '',
        part: external
          ? null
          : target.startsWith('/')
            ? target.slice(1)
            : resolvePart(folderOf(part), target),
      };
    });
  }

  /** Sheet parts by sheet name (xl/workbook.xml and its relationships). */
  sheetParts(): Map<string, string> {
    const byId = new Map(this.relationships('xl/workbook.xml').map((rel) => [rel.id, rel.part]));
    const sheets = new Map<string, string>();
    for (const [element] of (this.text('xl/workbook.xml') ?? '').matchAll(/<sheet\b[^>]*>/g)) {
      const name = attribute(element, 'name');
      const part = byId.get(attribute(element, 'r:id') ?? '');
      if (name !== null && part) sheets.set(name, part);
    }
    return sheets;
  }
}

/** The drawing relationship id of a sheet's XML, or null. */
function drawingId(sheetXml: string): string | null {
  const element = /<drawing\b[^>]*>/.exec(sheetXml);
  return element ? attribute(element[0], 'r:id') : null;
}

/** A drawing and every part it uses, transitively (charts, their styles and colours, media…). */
function partsUsedBy(source: Package, drawing: string): string[] {
  const found = [drawing];
  for (let i = 0; i < found.length; i++) {
    for (const rel of source.relationships(found[i]))
      if (rel.part && source.has(rel.part) && !found.includes(rel.part)) found.push(rel.part);
  }
  return found;
}

/** A name for `part` in the copy that the copy does not use yet. */
function freePartName(copy: Package, part: string, taken: Set<string>): string {
  const extension = extensionOf(part);
  const stem = part.slice(0, part.length - extension.length);
  let name = part;
  for (let n = 1; copy.has(name) || taken.has(name); n++) name = `${stem}_${n}${extension}`;
  taken.add(name);
  return name;
}

function contentTypeOverride(types: string, part: string): string | null {
  for (const [element] of types.matchAll(/<Override\b[^>]*>/g))
    if (attribute(element, 'PartName') === `/${part}`) return attribute(element, 'ContentType');
  return null;
}

function defaultType(types: string, extension: string): string | null {
  for (const [element] of types.matchAll(/<Default\b[^>]*>/g))
    if (attribute(element, 'Extension')?.toLowerCase() === extension.toLowerCase())
      return attribute(element, 'ContentType');
  return null;
}

/** Elements that follow <drawing> in a worksheet (ECMA-376 CT_Worksheet order). */
const AFTER_DRAWING =
  /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

/** <sheetProtection> follows the sheet data (and its calculation settings, if any). */
const PROTECTION_AFTER = /<sheetCalcPr\b[^>]*\/>|<\/sheetData>|<sheetData\/>/;

/** The copy with the original's drawings and sheet protection added where it lacks them. */
export function restoreFromOriginal(
  original: Uint8Array,
  copyBytes: Uint8Array<ArrayBuffer>,
): Uint8Array<ArrayBuffer> {
  const source = new Package(original);
  const copy = new Package(copyBytes);
  const copySheets = copy.sheetParts();
  let types = copy.text('[Content_Types].xml');
  const sourceTypes = source.text('[Content_Types].xml') ?? '';
  if (types === null) return copyBytes;
  const taken = new Set<string>();
  let restored = false;

  for (const [sheetName, sourceSheet] of source.sheetParts()) {
    const copySheet = copySheets.get(sheetName);
    const sourceXml = source.text(sourceSheet);
    let copyXml = copySheet ? copy.text(copySheet) : null;
    if (!copySheet || sourceXml === null || copyXml === null) continue;
    const protection = /<sheetProtection\b[^>]*>/.exec(sourceXml)?.[0];
    if (protection && !/<sheetProtection\b/.test(copyXml)) {
      const at = PROTECTION_AFTER.exec(copyXml);
      if (at) {
        const end = at.index + at[0].length;
        copyXml = `${copyXml.slice(0, end)}${protection}${copyXml.slice(end)}`;
        copy.put(zipEntry(copySheet, copyXml));
        restored = true;
      }
    }
    if (drawingId(copyXml) !== null) continue;
    const id = drawingId(sourceXml);
    const drawing = source.relationships(sourceSheet).find((rel) => rel.id === id)?.part;
    if (!id || !drawing || !source.has(drawing)) continue;

    const parts = partsUsedBy(source, drawing);
    const renamed = new Map(parts.map((part) => [part, freePartName(copy, part, taken)]));
    for (const part of parts) {
      const name = renamed.get(part) as string;
      copy.put({ ...(source.get(part) as ZipEntry), name });
      const rels = source.text(relsPathOf(part));
      if (rels !== null)
        copy.put(zipEntry(relsPathOf(name), retarget(rels, source, part, renamed)));
      const override = contentTypeOverride(sourceTypes, part);
      const extension = extensionOf(part).slice(1);
      const byExtension = defaultType(sourceTypes, extension);
      if (override)
        types = types.replace(
          '</Types>',
          `<Override PartName="/${escapeAttribute(name)}" ContentType="${escapeAttribute(override)}"/></Types>`,
        );
      else if (byExtension && !defaultType(types, extension))
        types = types.replace(
          '</Types>',
          `<Default Extension="${escapeAttribute(extension)}" ContentType="${escapeAttribute(byExtension)}"/></Types>`,
        );
    }

    const at = AFTER_DRAWING.exec(copyXml)?.index ?? copyXml.length;
    copy.put(
      zipEntry(
        copySheet,
        `${copyXml.slice(0, at)}<drawing r:id="${GRAFTED_ID}"/>${copyXml.slice(at)}`,
      ),
    );
    const sheetRels =
      copy.text(relsPathOf(copySheet)) ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    const target = relativePart(folderOf(copySheet), renamed.get(drawing) as string);
    copy.put(
      zipEntry(
        relsPathOf(copySheet),
        sheetRels.replace(
          '</Relationships>',
          `<Relationship Id="${GRAFTED_ID}" Type="${RELATIONSHIP_TYPES}/drawing" Target="${escapeAttribute(target)}"/></Relationships>`,
        ),
      ),
    );
    restored = true;
  }
  if (!restored) return copyBytes;
  copy.put(zipEntry('[Content_Types].xml', types));
  return writeZip(copy.entries);
}

/** A grafted part's relationships, pointing at the grafted (possibly renamed) parts. */
function retarget(
  rels: string,
  source: Package,
  part: string,
  renamed: Map<string, string>,
): string {
  const newPart = renamed.get(part) as string;
  const byId = new Map(source.relationships(part).map((rel) => [rel.id, rel.part]));
  return rels.replace(/<Relationship\b[^>]*>/g, (element) => {
    const target = byId.get(attribute(element, 'Id') ?? '');
    const moved = target ? renamed.get(target) : undefined;
    if (!moved) return element;
    const relative = relativePart(folderOf(newPart), moved);
    return element.replace(/\sTarget="[^"]*"/, ` Target="${escapeAttribute(relative)}"`);
  });
}
