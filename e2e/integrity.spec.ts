import { randomInt, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, signIn } from './demo-session.ts';

// The integrity channel end to end: a whistle-blower without an account reports with a photograph, a
// handler of the demo reads it in the browser after unlocking the key, answers, and the whistle-blower,
// holding only the receipt, reads the answer and writes back. Also the intake page's own headers, that it
// calls nothing outside its origin, keeps nothing on the device, and refuses a receipt it does not know.

const SLUG = 'demo';
const INTAKE = `/p/${SLUG}/report`;
const INTAKE_LANGUAGE = 'es';

/** One message of the intake page, as its messages file words it in `language` ("a.b" walks the JSON). */
function intakeMessage(language: string, key: string): string {
  const file = join(import.meta.dirname, '..', 'src', 'web', 'i18n', 'integrityIntake', `${language}.json`);
  let value: unknown = JSON.parse(readFileSync(file, 'utf8'));
  for (const part of key.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
  if (typeof value !== 'string') throw new Error(`integrityIntake ${language} has no message "${key}"`);
  return value;
}

/** A message's fixed words, for matching: the text before its first placeholder. */
function fixedPart(message: string): string {
  return message.split('{{')[0].trim();
}

/**
 * A real JPEG (drawn and encoded by the browser) with an Exif segment put in after its JFIF header:
 * the segment names an artist, `marker`, the way a camera or phone writes its owner's name.
 */
async function jpegWithExif(browser: Browser, marker: string): Promise<{ jpeg: Buffer; plain: Buffer }> {
  const scratch = await browser.newPage();
  const dataUrl = await scratch.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 48;
    canvas.height = 32;
    const draw = canvas.getContext('2d');
    if (!draw) throw new Error('no 2d canvas');
    draw.fillStyle = '#2f6f4f';
    draw.fillRect(0, 0, 48, 32);
    draw.fillStyle = '#f2c14e';
    draw.fillRect(8, 6, 20, 14);
    return canvas.toDataURL('image/jpeg', 0.9);
  });
  await scratch.close();
  const plain = Buffer.from(dataUrl.split(',')[1], 'base64');
  expect(plain.subarray(0, 2).toString('hex'), 'the browser made a JPEG').toBe('ffd8');

  // TIFF (big-endian) with one IFD entry: Artist (0x013B), ASCII, stored after the IFD
  const artist = Buffer.from(`${marker}\0`, 'latin1');
  const tiff = Buffer.alloc(8 + 2 + 12 + 4);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  tiff.writeUInt16BE(1, 8);
  tiff.writeUInt16BE(0x013b, 10);
  tiff.writeUInt16BE(2, 12);
  tiff.writeUInt32BE(artist.length, 14);
  tiff.writeUInt32BE(tiff.length, 18);
  tiff.writeUInt32BE(0, 22);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff, artist]);
  const header = Buffer.alloc(4);
  header.writeUInt16BE(0xffe1, 0);
  header.writeUInt16BE(payload.length + 2, 2);

  // after SOI and the JFIF APP0 segment when there is one
  let at = 2;
  if (plain[2] === 0xff && plain[3] === 0xe0) at = 4 + plain.readUInt16BE(4);
  const jpeg = Buffer.concat([plain.subarray(0, at), header, payload, plain.subarray(at)]);
  return { jpeg, plain };
}

/** The image data of a JPEG: from its first start-of-scan marker to the end. */
function scanData(jpeg: Buffer): Buffer {
  let at = 2;
  while (at + 4 <= jpeg.length) {
    if (jpeg[at] !== 0xff) throw new Error(`not a JPEG marker at ${at}`);
    if (jpeg[at + 1] === 0xda) return jpeg.subarray(at);
    at += 2 + jpeg.readUInt16BE(at + 2);
  }
  throw new Error('no start of scan in the JPEG');
}

/** A context with no cookies and nothing stored, as a whistle-blower's private window. */
async function anonymousContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 390, height: 844 } });
}

/** Every request the page makes to somewhere else than the app's own origin (data: and blob: aside). */
function watchForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  return foreign;
}

async function chooseIntakeLanguage(page: Page, code: string) {
  await page.getByTestId(`intake-language-${code}`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', code);
}

/** Opens the whistle-blower's report with a receipt, in the "I have a receipt" mode. */
async function openWithReceipt(page: Page, receipt: string) {
  await page.getByTestId('intake-mode-return').click();
  await page.getByTestId('intake-receipt-input').fill(receipt);
  await page.getByTestId('intake-open').click();
}

test('integrity channel: an anonymous report with a photograph, read and answered by a handler, followed up with the receipt', async ({
  browser,
  page,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const origin = new URL(baseURL ?? 'http://localhost:8181').origin;
  const marker = `e2e-report-${randomUUID()}`;
  const exifMarker = `E2E Exif artist ${randomUUID()}`;
  const reply = `e2e-handler-reply-${randomUUID()}`;
  const followUp = `e2e-whistleblower-follow-up-${randomUUID()}`;
  const { jpeg, plain } = await jpegWithExif(browser, exifMarker);
  expect(jpeg.includes(Buffer.from(exifMarker, 'latin1'))).toBe(true);

  // 1. The whistle-blower, in a private window: the page's headers, then the report.
  const reporterContext = await anonymousContext(browser);
  const reporter = await reporterContext.newPage();
  const foreign = watchForeignRequests(reporter, origin);
  const response = await reporter.goto(INTAKE);
  expect(response?.status()).toBe(200);
  const headers = response?.headers() ?? {};
  const csp = headers['content-security-policy'] ?? '';
  expect(csp, 'the intake page has a content security policy').toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['cache-control'] ?? '').toContain('no-store');

  // Arabic turns the page right to left; then the whistle-blower's own language.
  await chooseIntakeLanguage(reporter, 'ar');
  await expect(reporter.locator('html')).toHaveAttribute('dir', 'rtl');
  await chooseIntakeLanguage(reporter, INTAKE_LANGUAGE);
  await expect(reporter.locator('html')).not.toHaveAttribute('dir', 'rtl');

  await reporter.getByTestId('intake-mode-report').click();
  const type = reporter.getByTestId('intake-type');
  await expect(type).toBeVisible();
  const codes = await type
    .locator('option')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value).filter(Boolean));
  expect(codes.length, 'the demo channel offers report types').toBeGreaterThan(0);
  await type.selectOption(codes.includes('procurement-fraud') ? 'procurement-fraud' : codes[0]);
  await reporter
    .getByTestId('intake-description')
    .fill(`Fuel for the border posts is paid twice, once to a supplier that does not deliver. ${marker}`);
  await reporter
    .locator('input[type=file][data-testid="intake-files"], [data-testid="intake-files"] input[type=file]')
    .setInputFiles({ name: 'delivery-note.jpg', mimeType: 'image/jpeg', buffer: jpeg });
  await expect(reporter.getByTestId('intake-file-status-0')).toContainText(
    fixedPart(intakeMessage(INTAKE_LANGUAGE, 'files.removed')),
  );
  await reporter.getByTestId('intake-identity-anonymous').check();
  await expect(reporter.getByTestId('intake-identity-name')).toHaveCount(0);
  await reporter.getByTestId('intake-submit').click();

  const receiptText = (await reporter.getByTestId('intake-receipt').innerText({ timeout: 60_000 })).trim();
  expect(receiptText).toMatch(/^\d{4}[\s-]\d{4}[\s-]\d{4}[\s-]\d{4}$/);
  const receipt = receiptText.replace(/\D/g, '');

  // Nothing left the origin, nothing stays on the device.
  expect(foreign, 'requests to other origins from the intake page').toEqual([]);
  expect(await reporterContext.cookies()).toEqual([]);
  expect(await reporter.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  await reporterContext.close();

  // 2. The handler: the newest case, unlocked with the password, read, its photograph, an answer.
  await signIn(page);
  await page.getByTestId('nav-integrity').click();
  await expect(page).toHaveURL(/\/w\/demo\/integrity\/cases$/);
  const rows = page.locator('[data-testid^="case-row-"]').filter({ visible: true });
  await expect(rows.first()).toBeVisible();
  const numbers = await rows.evaluateAll((all) =>
    all.map((row) => Number(row.getAttribute('data-testid')?.replace('case-row-', ''))),
  );
  const newest = Math.max(...numbers);
  await page.getByTestId(`case-row-${newest}`).filter({ visible: true }).click();
  await expect(page).toHaveURL(/\/w\/demo\/integrity\/cases\/[\w-]+$/);
  await unlock(page);
  await expect(page.getByTestId('case-description')).toContainText(marker, { timeout: 30_000 });

  const downloading = page.waitForEvent('download');
  await page.getByTestId('case-file-0').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('delivery-note.jpg');
  const received = readFileSync(await download.path());
  const left = (text: string) => received.includes(Buffer.from(text, 'latin1'));
  expect(left(exifMarker), 'the Exif artist left in the file').toBe(false);
  expect(left('Exif\0\0'), 'an Exif segment left in the file').toBe(false);
  expect(received.subarray(0, 2).toString('hex'), 'the file still starts as a JPEG').toBe('ffd8');
  expect(received.subarray(-2).toString('hex'), 'the file still ends as a JPEG').toBe('ffd9');
  expect(scanData(received).equals(scanData(plain)), 'the image data is kept as it was').toBe(true);

  await page.getByTestId('case-reply').fill(reply);
  await page.getByTestId('case-send').click();
  await expect(page.getByTestId('case-message').filter({ hasText: reply })).toBeVisible();

  // 3. The whistle-blower again, with the receipt only: the answer, and a follow-up.
  const returnContext = await anonymousContext(browser);
  const returning = await returnContext.newPage();
  const foreignLater = watchForeignRequests(returning, origin);
  await returning.goto(INTAKE);
  await chooseIntakeLanguage(returning, INTAKE_LANGUAGE);
  await openWithReceipt(returning, receipt);
  await expect(returning.getByTestId('intake-own-description')).toContainText(marker, { timeout: 30_000 });
  await expect(returning.getByTestId('intake-message').filter({ hasText: reply })).toBeVisible();
  await returning.getByTestId('intake-reply').fill(followUp);
  await returning.getByTestId('intake-send').click();
  await expect(returning.getByTestId('intake-message').filter({ hasText: followUp })).toBeVisible();
  expect(foreignLater, 'requests to other origins from the intake page').toEqual([]);
  expect(await returnContext.cookies()).toEqual([]);
  await returnContext.close();

  // The handler sees the follow-up (a reload forgets the unlocked key: unlocked again).
  await page.reload();
  await unlock(page);
  await expect(page.getByTestId('case-message').filter({ hasText: followUp })).toBeVisible({
    timeout: 30_000,
  });
});

test('integrity channel: a receipt that opens no report says so', async ({ browser }) => {
  test.setTimeout(60_000);
  const context = await anonymousContext(browser);
  const page = await context.newPage();
  await page.goto(INTAKE);
  await chooseIntakeLanguage(page, 'en');
  // 16 random digits: the chance that a report of the demo has them is nil
  const wrong = Array.from({ length: 16 }, () => randomInt(10)).join('');
  await openWithReceipt(page, wrong);
  await expect(page.getByText(fixedPart(intakeMessage('en', 'errors.receiptUnknown')))).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByTestId('intake-own-description')).toHaveCount(0);
  await context.close();
});

/** The unlock panel of a case page: the demo handler's key is locked with the demo password. */
async function unlock(page: Page) {
  await page.getByTestId('key-password').fill(DEMO_PASSWORD);
  await page.getByTestId('key-unlock').click();
  await expect(page.getByTestId('key-password')).toHaveCount(0, { timeout: 30_000 });
}
