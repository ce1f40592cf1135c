/** "Show in folder": only the desktop app can do it, so elsewhere the button is not offered. */
import { useAppInfo } from '../../bridge/useAppInfo.ts';
import { useCommand } from '../../bridge/useCommand.ts';
import buttons from '../../ui/Button/Button.module.css';

export function ShowInFolderButton({
  cohortId,
  className = buttons.small,
  role,
}: {
  cohortId: string;
  className?: string;
  role?: 'menuitem';
}) {
  const showInFolder = useCommand('shell.showInFolder').run;
  const info = useAppInfo();
  if (!info?.capabilities.showInFolder) return null;
  return (
    <button
      type="button"
      className={className}
      role={role}
      tabIndex={role ? -1 : undefined}
      onClick={() => void showInFolder({ cohortId })}
    >
      Show in folder
    </button>
  );
}
