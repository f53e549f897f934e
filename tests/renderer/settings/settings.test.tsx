import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FONT_SIZE_RANGE } from '../../../shared/model/settings';
import { createFakeYuedu } from '../fakeYuedu';
import { renderApp } from '../renderApp';

describe('Settings', () => {
  it('persists font size and theme through the API and applies them to the page', async () => {
    const { fake } = await renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    fireEvent.click(screen.getByRole('button', { name: 'Larger text' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    await waitFor(() => expect(fake.settings.theme).toBe('dark'));
    expect(fake.callsTo('settings:update')).toEqual([
      { fontSize: FONT_SIZE_RANGE.default + 1 },
      { theme: 'dark' },
    ]);
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.documentElement.style.getPropertyValue('--reading-font-size')).toBe(
      `${FONT_SIZE_RANGE.default + 1}px`,
    );
  });

  it('stops the +/- buttons at the ends of FONT_SIZE_RANGE and saves slider changes', async () => {
    const fake = createFakeYuedu();
    fake.setSettings({ fontSize: FONT_SIZE_RANGE.max });
    await renderApp(fake);
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(
      (screen.getByRole('button', { name: 'Larger text' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    fireEvent.change(screen.getByRole('slider', { name: 'Font size' }), {
      target: { value: '25' },
    });
    await waitFor(() => expect(fake.callsTo('settings:update')).toEqual([{ fontSize: 25 }]));
  });

  it('switches the whole UI to Chinese and sets html lang', async () => {
    const { fake } = await renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    fireEvent.click(screen.getByRole('radio', { name: '中文（简体）' }));
    expect(await screen.findByRole('heading', { name: '书库' })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: '搜索' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '导出 Markdown' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(fake.settings.language).toBe('zh');
  });

  it('follows the host language when the setting is "system"', async () => {
    const fake = createFakeYuedu();
    fake.setSystemLanguage('zh');
    await renderApp(fake);
    expect(screen.getByRole('heading', { name: '书库' })).toBeTruthy();
  });

  it('names the highlight colours in Chinese', async () => {
    const fake = createFakeYuedu();
    fake.setSettings({ language: 'zh' });
    await renderApp(fake, '#/article/harbour');
    const byline = await screen.findByText('本报记者 姜晓丹');
    fireEvent.keyDown(byline.closest('[data-block-start]')!, { key: 'Enter' });
    for (const name of ['黄色高亮', '绿色高亮', '蓝色高亮', '粉色高亮']) {
      expect(await screen.findByRole('button', { name })).toBeTruthy();
    }
    expect(screen.getByRole('textbox', { name: '笔记' })).toBeTruthy();
  });
});
