import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeYuedu, HARBOUR, makeAnnotation } from '../fakeYuedu';
import { renderApp } from '../renderApp';

describe('Library', () => {
  it('lists every article by title with its first line, length and progress', async () => {
    await renderApp();
    const list = screen.getByRole('list');
    expect(within(list).getByRole('link', { name: '湾区故事' })).toBeTruthy();
    expect(within(list).getByRole('link', { name: '茶香四溢' })).toBeTruthy();
    expect(screen.getByText('大湾区的发展成就令人赞叹')).toBeTruthy();
    expect(screen.getByText('14 characters')).toBeTruthy();
    expect(screen.getAllByRole('progressbar', { name: 'Reading progress' })).toHaveLength(2);
  });

  it('shows how many highlights each annotated article has', async () => {
    await renderApp(
      createFakeYuedu({
        annotations: [
          makeAnnotation(HARBOUR, 'h1', 0, 3, 'green'),
          makeAnnotation(HARBOUR, 'h2', 4, 6, 'blue'),
        ],
      }),
    );
    const harbour = screen.getByRole('link', { name: '湾区故事' }).closest('li')!;
    expect(within(harbour).getByText('2 highlights')).toBeTruthy();
    const tea = screen.getByRole('link', { name: '茶香四溢' }).closest('li')!;
    expect(tea.querySelector('.library-highlights')).toBeNull();
  });

  it('opens an article with its blocks rendered by kind', async () => {
    await renderApp();
    fireEvent.click(screen.getByRole('link', { name: '湾区故事' }));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(
      await screen.findByRole('heading', { level: 2, name: '大湾区的发展成就令人赞叹' }),
    ).toBeTruthy();
    expect(screen.getByText('本报记者 姜晓丹').closest('.block-byline')).toBeTruthy();
    expect(screen.getByText('图为广州博览会现场。').closest('.block-caption')).toBeTruthy();
    const paragraph = screen.getByText('他前往北京留学，从此便扎根中国。').closest('p');
    expect(paragraph?.classList.contains('block-paragraph')).toBe(true);
    expect(document.querySelector('article')?.getAttribute('lang')).toBe('zh-CN');
  });

  it('shows the error message when the library cannot be listed', async () => {
    const fake = createFakeYuedu();
    fake.answer('library:list', {
      ok: false,
      error: { code: 'storage', message: '数据文件无法读取' },
    });
    await renderApp(fake);
    expect((await screen.findByRole('alert')).textContent).toContain('数据文件无法读取');
  });
});
