import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeYuedu } from '../fakeYuedu';
import { renderApp } from '../renderApp';

describe('Notices', () => {
  it('shows start-up notices in a dismissible alert', async () => {
    const fake = createFakeYuedu();
    fake.addNotice('The data file was damaged and has been restored from a backup.');
    await renderApp(fake);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('restored from a backup');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('shows main’s message when an article cannot be opened', async () => {
    await renderApp(createFakeYuedu(), '#/article/missing');
    expect((await screen.findByRole('alert')).textContent).toBe('No article with id missing');
  });
});
