/**
 * electron-builder.yml, checked against electron-builder's own JSON schema, plus what the schema
 * cannot know: the files it names exist, and the icons have the sizes each platform wants.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
/** The parts of the configuration these tests read; the schema checks the whole of it. */
interface BuilderConfig {
  appId: string;
  productName: string;
  directories: Record<string, string>;
  files: string[];
  extraResources: { from: string; to: string }[];
  electronFuses: Record<string, boolean>;
  fileAssociations: { ext: string; name: string; role: string; icon: string; mimeType: string }[];
  mac: { icon: string; entitlements: string; category: string; target: string[] };
  win: { icon: string; target: string[] };
  linux: {
    icon: string;
    category: string;
    maintainer: string;
    mimeTypes: string[];
    target: string[];
  };
}
const text = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
const raw: unknown = parse(text);
const config = raw as BuilderConfig;
const schema = JSON.parse(
  readFileSync(join(root, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8'),
) as object;

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The image sizes inside a Windows .ico (0 in the directory means 256). */
function icoSizes(file: string): number[] {
  const bytes = readFileSync(file);
  expect(bytes.readUInt16LE(2)).toBe(1);
  const count = bytes.readUInt16LE(4);
  return Array.from({ length: count }, (_, index) => bytes[6 + index * 16] || 256);
}

/** The element types inside a macOS .icns. */
function icnsTypes(file: string): string[] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('icns');
  expect(bytes.readUInt32BE(4)).toBe(bytes.length);
  const types: string[] = [];
  for (let offset = 8; offset < bytes.length; offset += bytes.readUInt32BE(offset + 4)) {
    types.push(bytes.subarray(offset, offset + 4).toString('latin1'));
  }
  return types;
}

describe('electron-builder.yml', () => {
  it("is valid by electron-builder's JSON schema", () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const valid = validate(raw);
    expect(validate.errors ?? [], ajv.errorsText(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('names the app and puts the build where the project expects', () => {
    expect(config.appId).toBe('org.facilitatorconsole.app');
    expect(config.productName).toBe('Facilitator Console');
    expect(config.directories).toEqual({ output: 'dist', buildResources: 'build' });
  });

  it('packs the built app only, not its sources', () => {
    expect(config.files).toEqual(
      expect.arrayContaining(['out/**', 'package.json', '!**/*.{ts,tsx}']),
    );
    expect(config.files).not.toContain('electron/**');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main.startsWith('out/')).toBe(true);
  });

  it('ships the demo cohort as an extra resource in demo/', () => {
    const [resource] = config.extraResources;
    expect(resource).toMatchObject({ from: 'build/demo', to: 'demo' });
    expect(existsSync(join(root, 'build', 'demo', 'Demo — Product leads circle.cohort'))).toBe(
      true,
    );
  });

  it('associates .cohort files with the app as their editor', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'cohort', name: 'Cohort', role: 'Editor', icon: 'icon' }),
    ]);
    expect(config.linux.mimeTypes).toContain(config.fileAssociations[0]!.mimeType);
  });

  it('builds AppImage and deb (Education), NSIS, and a dmg (education category)', () => {
    expect(config.linux).toMatchObject({ category: 'Education', target: ['AppImage', 'deb'] });
    expect(config.linux.maintainer).toMatch(/<.+@.+>/);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac).toMatchObject({
      category: 'public.app-category.education',
      target: ['dmg'],
    });
  });

  it('names files that exist (icons, entitlements)', () => {
    for (const file of [
      config.mac.icon,
      config.mac.entitlements,
      config.win.icon,
      config.linux.icon,
    ]) {
      expect(existsSync(join(root, file)), file).toBe(true);
    }
    const association = config.fileAssociations[0]!.icon;
    for (const extension of ['icns', 'ico']) {
      expect(existsSync(join(root, 'build', `${association}.${extension}`))).toBe(true);
    }
  });
});

describe('icons', () => {
  it.each([16, 32, 48, 64, 128, 256, 512, 1024])('build/icons/%ix%i.png is that size', (size) => {
    expect(pngSize(join(root, 'build', 'icons', `${size}x${size}.png`))).toEqual({
      width: size,
      height: size,
    });
  });

  it('build/icon.png is 1024 square', () => {
    expect(pngSize(join(root, 'build', 'icon.png'))).toEqual({ width: 1024, height: 1024 });
  });

  it('build/icon.ico holds 16 to 256', () => {
    expect(icoSizes(join(root, 'build', 'icon.ico'))).toEqual(
      expect.arrayContaining([16, 32, 48, 256]),
    );
  });

  it('build/icon.icns holds the retina sizes up to 1024', () => {
    expect(icnsTypes(join(root, 'build', 'icon.icns'))).toEqual(
      expect.arrayContaining(['ic08', 'ic09', 'ic10']),
    );
  });

  it('keeps its SVG source', () => {
    expect(readFileSync(join(root, 'build', 'icon.svg'), 'utf8')).toContain('<svg');
  });
});

describe("Electron's fuses", () => {
  it('close run-as-node, NODE_OPTIONS and inspector arguments, and load only the checked asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });
});
