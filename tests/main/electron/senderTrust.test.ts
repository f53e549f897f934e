import { describe, expect, it } from 'vitest';
import { createSenderCheck, type SenderEvent } from '../../../main/electron/senderTrust';
import { createUrlPolicy } from '../../../main/electron/urlPolicy';

const policy = createUrlPolicy();

function contentsAt(url: string) {
  return { mainFrame: { url } };
}

describe('createSenderCheck', () => {
  const ours = contentsAt('app://yuedu/index.html');
  const check = createSenderCheck(() => ours, policy.isRendererUrl);

  it('trusts the main frame of our window while it shows the app', () => {
    expect(check({ sender: ours, senderFrame: ours.mainFrame })).toBe(true);
  });

  it('refuses a subframe of our window, even one on the app origin', () => {
    expect(check({ sender: ours, senderFrame: { url: 'app://yuedu/index.html' } })).toBe(false);
  });

  it('refuses another window', () => {
    const other = contentsAt('app://yuedu/index.html');
    expect(check({ sender: other, senderFrame: other.mainFrame })).toBe(false);
  });

  it('refuses our window once it shows anything but the app', () => {
    const wandered = contentsAt('https://example.com/');
    const checkWandered = createSenderCheck(() => wandered, policy.isRendererUrl);
    expect(checkWandered({ sender: wandered, senderFrame: wandered.mainFrame })).toBe(false);
  });

  it('refuses when the frame is gone or there is no window', () => {
    expect(check({ sender: ours, senderFrame: null })).toBe(false);
    const noWindow = createSenderCheck(() => null, policy.isRendererUrl);
    expect(noWindow({ sender: ours, senderFrame: ours.mainFrame })).toBe(false);
  });

  it('refuses a frame that throws when read, as a destroyed frame does', () => {
    const destroyed = {
      get url(): string {
        throw new Error('Render frame was disposed');
      },
    };
    const sender = { mainFrame: destroyed };
    const checkDestroyed = createSenderCheck(() => sender, policy.isRendererUrl);
    const event: SenderEvent = { sender, senderFrame: destroyed };
    expect(checkDestroyed(event)).toBe(false);
  });
});
