// Headless Debian Chromium driven by playwright-core (never a downloaded
// browser). Every request any page makes is recorded, so tests can assert
// that nothing leaves 127.0.0.1.

import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Launches Chromium and a context. Returns { browser, context, requests,
 * pageErrors }, where `requests` collects every requested URL and
 * `pageErrors` every uncaught error or console error of any page.
 */
export async function launch() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  const context = await browser.newContext({ locale: 'it-IT' });
  const requests = [];
  const pageErrors = [];
  context.on('request', (request) => requests.push(request.url()));
  context.on('page', (page) => {
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(`console: ${msg.text()}`);
    });
  });
  return { browser, context, requests, pageErrors };
}

/** The URLs in `requests` that do not go to 127.0.0.1 (data: and blob: are local). */
export function foreignRequests(requests) {
  return requests.filter((url) => {
    const u = new URL(url);
    if (u.protocol === 'data:' || u.protocol === 'blob:') return false;
    return u.hostname !== '127.0.0.1';
  });
}
