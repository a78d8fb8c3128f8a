/** @jest-environment jsdom */
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { useRovingFocus } from '../../src/taskpane/roving-focus';
import { button, clickCheck, renderPane } from './pane-driver';

jest.setTimeout(30_000);

/** Before and after the group, so Tab has somewhere to come from and go to. */
function Group() {
  const arrows = useRovingFocus();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button">before</button>
      <div {...arrows}>
        <button type="button">one</button>
        <button type="button" onClick={() => setOpen(!open)}>
          two
        </button>
        <div hidden={!open}>
          <input type="checkbox" aria-label="mark" />
          <input aria-label="comment" />
        </div>
        <button type="button" disabled>
          off
        </button>
        <button type="button">three</button>
      </div>
      <button type="button">after</button>
    </>
  );
}

const focusedName = (): string => (document.activeElement as HTMLElement | null)?.textContent || document.activeElement?.getAttribute('aria-label') || '';

describe('one Tab stop with arrow keys (roving tabindex)', () => {
  it.each([
    { keys: ['{ArrowDown}'], at: 'two' },
    { keys: ['{ArrowDown}', '{ArrowDown}'], at: 'three' }, // the disabled button and the hidden part are skipped
    { keys: ['{ArrowDown}', '{ArrowDown}', '{ArrowDown}'], at: 'three' }, // the last stays the last
    { keys: ['{ArrowUp}'], at: 'one' },
    { keys: ['{End}'], at: 'three' },
    { keys: ['{End}', '{Home}'], at: 'one' },
    { keys: ['{ArrowDown}', '{Enter}', '{ArrowDown}'], at: 'mark' }, // an opened part joins the group
    { keys: ['{ArrowDown}', '{Enter}', '{ArrowDown}', '{ArrowDown}'], at: 'comment' },
  ])('$keys from the first line lands on «$at»', async ({ keys, at }) => {
    render(<Group />);
    const user = userEvent.setup();
    await user.tab();
    await user.tab();
    expect(focusedName()).toBe('one');
    for (const key of keys) await user.keyboard(key);
    expect(focusedName()).toBe(at);
  });

  it('is one Tab stop, coming back to where the user was, also after a part opened in it', async () => {
    render(<Group />);
    const user = userEvent.setup();
    await user.tab();
    await user.tab();
    await user.keyboard('{ArrowDown}{Enter}');
    // The opened part's controls are not Tab stops of their own (the observer runs after the render).
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'mark' }).tabIndex).toBe(-1));
    await user.tab();
    expect(focusedName()).toBe('after');
    await user.tab({ shift: true });
    expect(focusedName()).toBe('two');
    await user.tab({ shift: true });
    expect(focusedName()).toBe('before');
    expect([...document.querySelectorAll('[tabindex="0"]')].map((el) => el.textContent)).toEqual(['two']);
  });

  it('leaves Home and End to the caret in a text field', async () => {
    render(<Group />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'two' }));
    const comment = screen.getByRole<HTMLInputElement>('textbox', { name: 'comment' });
    act(() => comment.focus());
    await user.keyboard('abc{Home}');
    expect(document.activeElement).toBe(comment);
    expect(comment.selectionStart).toBe(0);
  });
});

describe('the findings list', () => {
  it('is one Tab stop whose arrow keys go from D19 to H18', async () => {
    const { user } = renderPane();
    await clickCheck(user);
    await screen.findByRole('table');
    const [d19, h18] = [button(/^D19/), button(/^H18/)];
    expect([d19.tabIndex, h18.tabIndex]).toEqual([0, -1]);
    act(() => d19.focus());
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(h18);
    expect([d19.tabIndex, h18.tabIndex]).toEqual([-1, 0]);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Revisado' }).tabIndex).toBe(-1));
  });
});
