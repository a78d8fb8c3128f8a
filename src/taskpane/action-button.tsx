import { Button, type ButtonProps } from '@fluentui/react-components';
import { type MouseEvent, type ReactNode, forwardRef } from 'react';
import { useBusy } from './use-busy';

export interface ActionButtonProps {
  readonly onClick: () => void;
  /** Not offered now (nothing to act on); `busy` is the pane's own business. */
  readonly disabled?: boolean;
  readonly appearance?: ButtonProps['appearance'];
  readonly size?: ButtonProps['size'];
  readonly icon?: ButtonProps['icon'];
  readonly className?: string;
  readonly title?: string;
  readonly 'aria-describedby'?: string;
  readonly children?: ReactNode;
}

/**
 * A button that starts an action. While any action of the pane runs it waits: disabled but
 * still focusable (`disabledFocusable`), so the keyboard user's place is not lost to the page
 * body. The second click of a double-click (`detail` 2) starts nothing: a fast action could be
 * over before it arrives, and one double-click must not make two report sheets.
 */
export const ActionButton = forwardRef<HTMLButtonElement, ActionButtonProps>(function ActionButton({ onClick, disabled, ...props }, ref) {
  const busy = useBusy().operation !== null;
  const click = (event: MouseEvent<HTMLButtonElement>): void => {
    if (event.detail > 1) return;
    onClick();
  };
  // `data-appearance` names the view's primary action where Fluent's atomic classes do not (the tests count them).
  return (
    <Button
      {...props}
      ref={ref}
      data-appearance={props.appearance ?? 'secondary'}
      disabled={disabled === true}
      disabledFocusable={busy && disabled !== true}
      onClick={click}
    />
  );
});
