import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fail } from '../../../shared/ipc/result';
import { createFakeYuedu } from '../fakeYuedu';
import { renderApp } from '../renderApp';

/** A Hypothesis API answer: a highlight with a note, one whose quote is elsewhere, a page note. */
const HYPOTHESIS = JSON.stringify({
  total: 3,
  rows: [
    {
      text: '来自 = come from',
      target: [
        {
          source: 'https://example.org/harbour',
          selector: [
            { type: 'TextPositionSelector', start: 28, end: 30 },
            { type: 'TextQuoteSelector', exact: '来自', prefix: '彼得·赫利斯', suffix: '德国' },
          ],
        },
      ],
    },
    {
      text: '',
      target: [{ selector: [{ type: 'TextQuoteSelector', exact: '这句话不在这篇文章里' }] }],
    },
    { text: 'A page note', target: [{ source: 'https://example.org/harbour' }] },
  ],
});

const HYPOTHESIS_ROW = (JSON.parse(HYPOTHESIS) as { rows: unknown[] }).rows[0];

const jsonFile = (text: string, name: string) =>
  new File([text], name, { type: 'application/json' });

async function openImportPanel(fake = createFakeYuedu()) {
  const view = await renderApp(fake, '#/article/harbour');
  await screen.findByRole('heading', { level: 1, name: '湾区故事' });
  fireEvent.click(screen.getByRole('button', { name: 'Import annotations…' }));
  const panel = await screen.findByRole('dialog', { name: 'Import annotations' });
  return { ...view, panel };
}

function choose(panel: HTMLElement, file: File, label = 'Choose annotation file…') {
  fireEvent.change(within(panel).getByLabelText(label), {
    target: { files: [file] },
  });
}

describe('Import annotations… in the reader', () => {
  it('imports the file in the chosen colour, lists what it skipped and why, and shows the marks without a reload', async () => {
    const { fake, panel } = await openImportPanel();
    expect(document.activeElement).toBe(within(panel).getByLabelText('Choose annotation file…'));
    expect(within(panel).getByText('湾区故事').getAttribute('lang')).toBe('zh-CN');
    const colours = within(panel).getByRole('group', { name: 'Colour of the imported highlights' });
    fireEvent.click(within(colours).getByRole('button', { name: 'Green' }));
    expect(
      within(colours).getByRole('button', { name: 'Green' }).getAttribute('aria-pressed'),
    ).toBe('true');

    choose(panel, jsonFile(HYPOTHESIS, 'hypothesis.json'));

    await within(panel).findByText('From hypothesis.json: 1 added, 0 already here, 2 skipped.');
    expect(fake.callsTo('annotations:importW3c')).toEqual([
      { articleId: 'harbour', json: HYPOTHESIS, color: 'green' },
    ]);
    const skipped = within(panel).getByRole('region', { name: 'Skipped, and why' });
    const items = within(skipped).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'item 3 skipped: it has no TextQuoteSelector with text.',
      '这句话不在这篇文章里 its quote is not in "湾区故事".',
    ]);
    expect(items[1]!.querySelector('q')?.getAttribute('lang')).toBe('zh-CN');

    // The reader and its notes panel show the new highlight; the article was not opened again.
    await waitFor(() =>
      expect(document.querySelector('mark.highlight-green')?.textContent).toBe('来自'),
    );
    expect(fake.callsTo('library:get')).toHaveLength(1);
    expect(screen.getByRole('button', { name: /Notes/ }).textContent).toBe('Notes1');
  });

  it('says a file imported again adds nothing, because every highlight is here already', async () => {
    const { fake, panel } = await openImportPanel();
    const once = JSON.stringify([HYPOTHESIS_ROW]);
    choose(panel, jsonFile(once, 'again.json'));
    await within(panel).findByText('From again.json: 1 added, 0 already here, 0 skipped.');

    choose(panel, jsonFile(once, 'again.json'));

    await within(panel).findByText(
      'From again.json: 0 added, 1 already here, 0 skipped. Nothing new: every highlight in this file is here already.',
    );
    expect(fake.annotations).toHaveLength(1);
    expect(document.querySelectorAll('mark[data-annotation-id]')).toHaveLength(1);
  });

  it('shows why a file that is not JSON was refused, and what to choose instead, changing nothing', async () => {
    const { fake, panel } = await openImportPanel();

    choose(panel, jsonFile('<html>not annotations</html>', 'page.html'));

    const alert = await within(panel).findByRole('alert');
    expect(alert.textContent).toBe(
      'Could not import page.html: No highlight in this file could be read: it is not JSON. Nothing was changed. Choose a W3C annotation file (JSON) whose highlights have a TextQuoteSelector, such as an export from Hypothesis or Thorium.',
    );
    expect(fake.annotations).toHaveLength(0);
    expect(document.querySelector('mark[data-annotation-id]')).toBeNull();
    expect(fake.callsTo('annotations:list')).toHaveLength(1);
  });

  it('refuses a file over the size limit before reading or sending it', async () => {
    const { fake, panel } = await openImportPanel();
    const huge = jsonFile('[]', 'huge.json');
    Object.defineProperty(huge, 'size', { value: 50 * 1024 * 1024 + 1 });

    choose(panel, huge);

    expect((await within(panel).findByRole('alert')).textContent).toContain(
      'huge.json is larger than 50 MB, the most an annotation file may be; nothing was imported.',
    );
    expect(fake.callsTo('annotations:importW3c')).toEqual([]);
  });

  it('says in the UI language when the server refuses the request as too large', async () => {
    const fake = createFakeYuedu();
    await fake.invoke('settings:update', { language: 'zh' });
    fake.answer('annotations:importW3c', fail('too-large', 'Request body too large'));
    await renderApp(fake, '#/article/harbour');
    fireEvent.click(await screen.findByRole('button', { name: '导入标注…' }));
    const panel = await screen.findByRole('dialog', { name: '导入标注' });

    choose(panel, jsonFile(HYPOTHESIS, '标注.json'), '选择标注文件…');

    expect((await within(panel).findByRole('alert')).textContent).toContain(
      '标注.json 超过 50 MB（标注文件的大小上限），未导入任何内容。',
    );
  });

  it('says it is importing, and ignores another file chosen before the first is done', async () => {
    const fake = createFakeYuedu();
    fake.delay('annotations:importW3c', () => 200);
    const { panel } = await openImportPanel(fake);
    choose(panel, jsonFile(HYPOTHESIS, 'first.json'));
    const input = await within(panel).findByLabelText('Importing…');
    expect(input.getAttribute('aria-busy')).toBe('true');

    fireEvent.change(input, { target: { files: [jsonFile(HYPOTHESIS, 'second.json')] } });

    await within(panel).findByText('From first.json: 1 added, 0 already here, 2 skipped.');
    expect(fake.callsTo('annotations:importW3c')).toHaveLength(1);
    expect(within(panel).getByLabelText('Choose annotation file…')).toBe(input);
  });

  it('closes on Escape and gives focus back to the button that opened it', async () => {
    const { panel } = await openImportPanel();
    fireEvent.keyDown(within(panel).getByLabelText('Choose annotation file…'), { key: 'Escape' });

    expect(screen.queryByRole('dialog', { name: 'Import annotations' })).toBeNull();
    const opener = screen.getByRole('button', { name: 'Import annotations…' });
    expect(document.activeElement).toBe(opener);
    expect(opener.getAttribute('aria-expanded')).toBe('false');
  });
});
