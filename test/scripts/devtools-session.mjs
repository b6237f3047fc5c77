// One DevTools Protocol session per test page, made on first use, for web-test-runner commands
// that drive Chromium below what puppeteer offers (screenshot-plugin.mjs, forced-colors-plugin.mjs).
const sessions = new WeakMap();

/** The test page of a web-test-runner command and its DevTools session; fails outside Chromium through puppeteer. */
export async function devtoolsOf(session, command) {
  if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs Chromium through puppeteer.`);
  const page = session.browser.getPage(session.id);
  let client = sessions.get(page);
  if (!client) {
    client = await page.createCDPSession();
    sessions.set(page, client);
  }
  return { page, client };
}
