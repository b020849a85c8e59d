/**
 * Offline validation of manifest.xml. `office-addin-manifest validate` asks an online
 * service, unreachable on build machines; this checks what we can know locally: the XML is
 * well-formed and readable by office-addin-manifest, every resid resolves to a resource of
 * the right kind, every URL is https and on the task pane's host, every icon exists in assets/
 * (beside the task pane page) at its declared size, the Id is a GUID, the base requirements let
 * Excel 2016 install it, and the elements this add-in relies on (runtime, ribbon, zh-CN) exist.
 *
 * `npm run validate:manifest` (scripts/validate-manifest.ts) and the build call it.
 */
import fs from 'fs';
import path from 'path';
// The XML handler is what OfficeAddinManifest.readManifestFile uses for .xml files; imported
// directly because the package's main module also loads the JSON-manifest handler, whose
// ES-module dependencies jest cannot require.
import { ManifestHandlerXml } from 'office-addin-manifest/lib/manifestHandler/manifestHandlerXml';

export interface ManifestProblem {
  /** Where in the manifest: an element path such as OfficeApp/IconUrl. */
  where: string;
  /** Chinese first, then English, one line. */
  message: string;
}

/** An element as xml2js gives it: attributes under `$`, text under `_`, children by name. */
type XmlNode = { $?: Record<string, string>; _?: string } & { [child: string]: unknown };

interface Visit {
  name: string;
  node: XmlNode;
  where: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Which resource list a resid must come from, by the element that carries it. */
const RESOURCE_KIND_BY_ELEMENT: Record<string, string> = {
  'bt:Image': 'bt:Images',
  Label: 'bt:ShortStrings',
  Title: 'bt:ShortStrings',
  Description: 'bt:LongStrings',
  SourceLocation: 'bt:Urls',
  FunctionFile: 'bt:Urls',
  Runtime: 'bt:Urls',
  LearnMoreUrl: 'bt:Urls',
};

const REQUIRED_PATHS = [
  'OfficeApp/Id',
  'OfficeApp/Version',
  'OfficeApp/ProviderName',
  'OfficeApp/DefaultLocale',
  'OfficeApp/DisplayName',
  'OfficeApp/Description',
  'OfficeApp/IconUrl',
  'OfficeApp/HighResolutionIconUrl',
  'OfficeApp/Hosts/Host',
  'OfficeApp/Requirements/Sets/Set',
  'OfficeApp/DefaultSettings/SourceLocation',
  'OfficeApp/Permissions',
  'OfficeApp/VersionOverrides/Hosts/Host/Runtimes/Runtime',
  'OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/FunctionFile',
  'OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab/Group/Control',
  'OfficeApp/VersionOverrides/Resources',
];

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null;
}

/** Every element of the tree, depth first, with its path; text-only children become nodes. */
function elements(name: string, node: XmlNode, where: string, out: Visit[] = []): Visit[] {
  out.push({ name, node, where });
  for (const [childName, children] of Object.entries(node)) {
    if (childName === '$' || childName === '_' || !Array.isArray(children)) continue;
    for (const child of children) {
      const childNode: XmlNode = isNode(child) ? child : { _: String(child) };
      elements(childName, childNode, `${where}/${childName}`, out);
    }
  }
  return out;
}

function textOf(node: XmlNode): string {
  return (node._ ?? '').trim();
}

function pngSize(file: string): { width: number; height: number } | null {
  const header = Buffer.alloc(24);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, 24, 0);
  } finally {
    fs.closeSync(fd);
  }
  const signature = '89504e470d0a1a0a';
  if (
    header.subarray(0, 8).toString('hex') !== signature ||
    header.toString('ascii', 12, 16) !== 'IHDR'
  )
    return null;
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

/** The add-in's own icons have fixed sizes; ribbon images are sized by the <bt:Image size> using them. */
const APP_ICON_SIZE: Record<string, number> = { IconUrl: 32, HighResolutionIconUrl: 64 };

function checkIcon(
  url: string,
  size: number,
  /** The assets folder on disk, and as host + path beside the task pane page (any scheme). */
  assets: { dir: string; location: string },
  where: string,
  problems: ManifestProblem[],
): void {
  const parsed = new URL(url);
  const location = parsed.host + parsed.pathname;
  const name = location.startsWith(assets.location) ? location.slice(assets.location.length) : '';
  const match = /^([^/]+\.png)$/.exec(name);
  if (!match) {
    problems.push({
      where,
      message: `图标不在 ${assets.location} 下 / icon is not a PNG under ${assets.location}: ${url}`,
    });
    return;
  }
  const assetsDir = assets.dir;
  const file = path.join(assetsDir, match[1]);
  if (!fs.existsSync(file)) {
    problems.push({
      where,
      message: `图标文件不存在 / icon file missing: ${path.relative(process.cwd(), file)} (${url})`,
    });
    return;
  }
  const actual = pngSize(file);
  if (!actual) {
    problems.push({ where, message: `图标不是 PNG 文件 / icon is not a PNG: ${match[1]}` });
  } else if (actual.width !== size || actual.height !== size) {
    problems.push({
      where,
      message: `图标尺寸应为 ${size}×${size}，实际 ${actual.width}×${actual.height} / icon ${match[1]} should be ${size}×${size}`,
    });
  }
}

/** The icons beside a manifest: assets/ in the project, web/assets/ in a build (dist/). */
function assetsBeside(manifestPath: string): string {
  const built = path.join(path.dirname(manifestPath), 'web', 'assets');
  return fs.existsSync(built) ? built : path.join(path.dirname(manifestPath), 'assets');
}

/** Checks a manifest file; returns every problem found (empty when it is valid). */
export async function checkManifest(
  manifestPath: string,
  assetsDir = assetsBeside(manifestPath),
): Promise<ManifestProblem[]> {
  const problems: ManifestProblem[] = [];
  let root: XmlNode;
  try {
    const reader = new ManifestHandlerXml(manifestPath);
    const parsed = (await reader.parseXmlAsync()) as Record<string, unknown>;
    if (!isNode(parsed.OfficeApp)) {
      return [{ where: '/', message: '根元素不是 OfficeApp / root element is not OfficeApp' }];
    }
    root = parsed.OfficeApp;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return [
      {
        where: manifestPath,
        message: `无法读取清单（XML 格式错误？） / cannot read manifest: ${reason}`,
      },
    ];
  }

  const all = elements('OfficeApp', root, 'OfficeApp');
  const byPath = (where: string) => all.filter((visit) => visit.where === where);

  for (const required of REQUIRED_PATHS) {
    if (byPath(required).length === 0) {
      problems.push({
        where: required,
        message: `缺少必需元素 / required element missing: ${required}`,
      });
    }
  }
  if (root.$?.['xsi:type'] !== 'TaskPaneApp') {
    problems.push({
      where: 'OfficeApp',
      message: '加载项类型应为 TaskPaneApp / xsi:type must be TaskPaneApp',
    });
  }

  const id = byPath('OfficeApp/Id')[0];
  if (id && !GUID.test(textOf(id.node))) {
    problems.push({
      where: id.where,
      message: `Id 不是 GUID / Id is not a GUID: "${textOf(id.node)}"`,
    });
  }
  const permissions = byPath('OfficeApp/Permissions')[0];
  if (permissions && textOf(permissions.node) !== 'ReadWriteDocument') {
    problems.push({
      where: permissions.where,
      message: '权限应为 ReadWriteDocument / Permissions must be ReadWriteDocument',
    });
  }
  const hosts = byPath('OfficeApp/Hosts/Host').map((visit) => visit.node.$?.Name);
  if (!hosts.includes('Workbook')) {
    problems.push({
      where: 'OfficeApp/Hosts',
      message: '宿主应包含 Workbook（Excel） / Hosts must include Workbook',
    });
  }
  // Office does not even list an add-in whose base requirements the host lacks: anything above
  // ExcelApi 1.1 (Excel 2016) shuts out old Excel instead of letting the add-in say what it can do.
  for (const set of byPath('OfficeApp/Requirements/Sets/Set').map((visit) => visit.node.$ ?? {})) {
    if (set.Name !== 'ExcelApi' || set.MinVersion !== '1.1') {
      problems.push({
        where: 'OfficeApp/Requirements',
        message: `基本要求只能是 ExcelApi 1.1，否则旧版 Excel 无法安装 / base requirement ${set.Name} ${set.MinVersion ?? ''} keeps older Excel from installing the add-in`,
      });
    }
  }
  for (const runtime of all.filter((visit) => visit.name === 'Runtime')) {
    if (runtime.node.$?.lifetime !== 'long') {
      problems.push({
        where: runtime.where,
        message: '共享运行时需 lifetime="long" / shared runtime needs lifetime="long"',
      });
    }
  }
  if (!all.some((visit) => visit.name === 'OfficeTab' && visit.node.$?.id === 'TabHome')) {
    problems.push({
      where: 'ExtensionPoint',
      message: '功能区按钮应在“开始”选项卡（TabHome） / ribbon group must be on TabHome',
    });
  }

  // Resources by kind, then every resid must name one of the right kind.
  const resources = new Map<string, Set<string>>();
  for (const kind of ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings']) {
    const ids = all
      .filter((visit) => visit.where.startsWith(`OfficeApp/VersionOverrides/Resources/${kind}/`))
      .filter((visit) => visit.where.split('/').length === 5)
      .map((visit) => visit.node.$?.id ?? '');
    resources.set(kind, new Set(ids));
  }
  for (const visit of all) {
    const resid = visit.node.$?.resid;
    if (resid === undefined) continue;
    const kind = RESOURCE_KIND_BY_ELEMENT[visit.name];
    const defined = kind
      ? resources.get(kind)?.has(resid)
      : [...resources.values()].some((ids) => ids.has(resid));
    if (!defined) {
      problems.push({
        where: visit.where,
        message: `资源未定义 / resid "${resid}" does not resolve${kind ? ` to a ${kind} resource` : ''}`,
      });
    }
    if (resid.length > 32) {
      problems.push({
        where: visit.where,
        message: `resid 超过 32 个字符 / resid longer than 32 characters: ${resid}`,
      });
    }
  }

  // zh-CN first: every visible string has a zh-CN override.
  const localized = [
    ...byPath('OfficeApp/DisplayName'),
    ...byPath('OfficeApp/Description'),
    ...all.filter((visit) => visit.name === 'bt:String'),
  ];
  for (const visit of localized) {
    const overrides = (visit.node.Override ?? visit.node['bt:Override'] ?? []) as XmlNode[];
    if (!overrides.some((override) => override.$?.Locale === 'zh-CN')) {
      const label = visit.node.$?.id ?? visit.name;
      problems.push({
        where: visit.where,
        message: `缺少 zh-CN 文本 / no zh-CN Override for ${label}`,
      });
    }
  }

  // The task pane page's folder: every URL is on its host, every icon in its assets/ folder.
  const source = byPath('OfficeApp/DefaultSettings/SourceLocation')[0]?.node.$?.DefaultValue ?? '';
  const pageUrl = URL.canParse(source) ? new URL(source) : null;
  if (!pageUrl) {
    problems.push({
      where: 'OfficeApp/DefaultSettings/SourceLocation',
      message: `任务窗格地址无效 / SourceLocation is not a URL: "${source}"`,
    });
    return problems;
  }
  const assetsUrl = new URL('assets/', pageUrl);
  const assetsLocation = assetsUrl.host + assetsUrl.pathname;

  // URLs: every attribute value or text that is a URL must be https (namespace names are not
  // fetched) and on the task pane's host: a build for one server names no other.
  for (const visit of all) {
    const attributes = Object.entries(visit.node.$ ?? {}).filter(
      ([name]) => name !== 'xmlns' && !name.startsWith('xmlns:'),
    );
    const values = [...attributes.map(([, value]) => value), textOf(visit.node)];
    for (const value of values) {
      if (!URL_LIKE.test(value)) continue;
      if (!value.toLowerCase().startsWith('https://')) {
        problems.push({
          where: visit.where,
          message: `地址必须使用 https / URL must be https: ${value}`,
        });
      } else if (!URL.canParse(value) || new URL(value).host !== pageUrl.host) {
        problems.push({
          where: visit.where,
          message: `地址不在任务窗格所在的主机 ${pageUrl.host} 上 / URL is not on the task pane's host: ${value}`,
        });
      }
    }
  }

  // Icons: every image URL, at the size each user of it declares.
  const imageUrl = new Map<string, string>();
  for (const visit of all.filter(
    (v) => v.where === 'OfficeApp/VersionOverrides/Resources/bt:Images/bt:Image',
  )) {
    imageUrl.set(visit.node.$?.id ?? '', visit.node.$?.DefaultValue ?? '');
  }
  const iconChecks: { url: string; size: number; where: string }[] = [];
  for (const visit of all) {
    const fixed = APP_ICON_SIZE[visit.name];
    if (fixed !== undefined)
      iconChecks.push({ url: visit.node.$?.DefaultValue ?? '', size: fixed, where: visit.where });
    if (visit.name === 'bt:Image' && visit.node.$?.size && visit.node.$?.resid) {
      const url = imageUrl.get(visit.node.$.resid);
      if (url) iconChecks.push({ url, size: Number(visit.node.$.size), where: visit.where });
    }
  }
  const seen = new Set<string>();
  for (const check of iconChecks) {
    const key = `${check.url}@${check.size}`;
    if (seen.has(key) || !URL_LIKE.test(check.url)) continue;
    seen.add(key);
    checkIcon(
      check.url,
      check.size,
      { dir: assetsDir, location: assetsLocation },
      check.where,
      problems,
    );
  }
  return problems;
}
