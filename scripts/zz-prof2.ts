import { launchChromium } from '../tests/e2e/support/launchChromium';
import { startServe } from '../tests/e2e/support/startServe';
const dataDir = process.argv[2]!;
const serve = await startServe({ dataDir });
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.addInitScript('window.__name = (fn) => fn');
await page.goto(serve.url);
await page.waitForSelector('main a');
const cdp = await page.context().newCDPSession(page);
for (let run = 0; run < 4; run++) {
  await page.evaluate(() => (location.hash = '#/'));
  await page.waitForSelector('main a');
  if (run === 3) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start'); }
  const t = await page.evaluate(() => new Promise<number>((resolve) => {
    const started = performance.now();
    const obs = new MutationObserver(() => {
      if (new Set([...document.querySelectorAll('mark[data-annotation-id]')].map((m) => m.getAttribute('data-annotation-id'))).size >= 1000) {
        obs.disconnect(); requestAnimationFrame(() => resolve(performance.now() - started));
      }
    });
    obs.observe(document.body, { childList: true, subtree: true });
    location.hash = '#/article/cyberspace-shared-future';
  }));
  console.log('open', t.toFixed(1));
}
const { profile } = await cdp.send('Profiler.stop') as any;
// aggregate self time by function
const self = new Map<string, number>();
const dt = profile.timeDeltas as number[];
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
profile.samples.forEach((id: number, i: number) => {
  const n: any = byId.get(id); const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
});
console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1)}ms ${k}`).join('\n'));
await browser.close(); await serve.stop();
