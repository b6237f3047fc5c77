// A web-test-runner command that screenshots a region of the test page through the Chrome
// DevTools Protocol and returns it as a base64 PNG, so a browser test can compare what a person
// sees (the focus-visible sweep: pixels of a control focused vs not). Identical pixels give
// identical PNG bytes, so comparing the strings compares the pixels.
// Payload: {x, y, width, height} in CSS pixels of the viewport.
export function screenshotPlugin() {
  const sessions = new Map();
  return {
    name: 'sammen-screenshot-region',
    async executeCommand({ command, payload, session }) {
      if (command !== 'screenshot-region') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('screenshot-region needs Chromium through puppeteer.');
      const page = session.browser.getPage(session.id);
      let client = sessions.get(page);
      if (!client) {
        client = await page.createCDPSession();
        sessions.set(page, client);
      }
      const { x, y, width, height } = payload;
      const { data } = await client.send('Page.captureScreenshot', {
        format: 'png',
        clip: { x, y, width, height, scale: 1 },
        captureBeyondViewport: false,
        fromSurface: true,
      });
      return data;
    },
  };
}
