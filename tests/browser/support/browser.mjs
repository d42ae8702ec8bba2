// Headless Debian Chromium driven by playwright-core (never a downloaded
// browser). Every request any page makes is recorded, so tests can assert
// that nothing leaves 127.0.0.1 and nothing is uploaded.

import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Starts headless Chromium. */
export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/**
 * A new context of `browser` with its records: `requests` (every requested
 * URL), `requestLog` ({ method, url, postBytes, type } per request) and
 * `pageErrors` (every uncaught error or console error of any of its pages).
 * `options` go to `browser.newContext` (default locale it-IT).
 */
export async function newContext(browser, options = {}) {
  const context = await browser.newContext({ locale: 'it-IT', ...options });
  const requests = [];
  const requestLog = [];
  const pageErrors = [];
  context.on('request', (request) => {
    requests.push(request.url());
    requestLog.push({
      method: request.method(),
      url: request.url(),
      postBytes: request.postDataBuffer()?.length ?? 0,
      type: request.resourceType(),
    });
  });
  context.on('page', (page) => {
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(`console: ${msg.text()}`);
    });
  });
  return { context, requests, requestLog, pageErrors };
}

/**
 * Launches Chromium and a context. Returns { browser, context, requests,
 * requestLog, pageErrors } (see `newContext`).
 */
export async function launch(options = {}) {
  const browser = await launchBrowser();
  return { browser, ...(await newContext(browser, options)) };
}

/** The URLs in `requests` that do not go to 127.0.0.1 (data: and blob: are local). */
export function foreignRequests(requests) {
  return requests.filter((url) => {
    const u = new URL(url);
    if (u.protocol === 'data:' || u.protocol === 'blob:') return false;
    return u.hostname !== '127.0.0.1';
  });
}
