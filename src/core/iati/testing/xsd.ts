/**
 * Test-only: validates IATI activity XML against the 2.03 schema in ../shared/data/iati with
 * xmllint compiled to WebAssembly (no system package needed).
 */
import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';
import { sharedDataPath } from '../../../testing/shared-data';

export const IATI_SCHEMA_PATH = sharedDataPath('iati/iati-activities-schema.xsd');

let schemaFiles: { main: string; preload: { fileName: string; contents: string }[] } | null = null;

function loadSchema() {
  schemaFiles ??= {
    main: readFileSync(IATI_SCHEMA_PATH, 'utf8'),
    preload: ['iati-common.xsd', 'xml.xsd'].map((fileName) => ({
      fileName,
      contents: readFileSync(sharedDataPath(`iati/${fileName}`), 'utf8'),
    })),
  };
  return schemaFiles;
}

export interface XsdResult {
  valid: boolean;
  /** xmllint's messages, with the line: "activities.xml:12: element value: …". */
  errors: string[];
}

export async function validateIatiXml(xml: string): Promise<XsdResult> {
  const { main, preload } = loadSchema();
  const result = await validateXML({
    xml: [{ fileName: 'activities.xml', contents: xml }],
    schema: [{ fileName: 'iati-activities-schema.xsd', contents: main }],
    preload,
    initialMemoryPages: 512,
    maxMemoryPages: 16384,
  });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage) };
}
