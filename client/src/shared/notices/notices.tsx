import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useNavigate, type NavigateOptions } from 'react-router';

/**
 * A message about something the person just did ("You have signed out."), shown once in an NHS
 * notification banner at the top of the page.
 */
export type Notice = {
  kind: 'success' | 'important';
  text: string;
  /**
   * The page it belongs on (a pathname). An action that moves the person elsewhere names where
   * they land, so the notice waits for that page; the layout drops it when they move on.
   */
  path: string;
};

type Notices = { notice: Notice | null; notify: (notice: Notice) => void; dismiss: () => void };

const NoticesContext = createContext<Notices | null>(null);

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const value = useMemo<Notices>(
    () => ({ notice, notify: setNotice, dismiss: () => setNotice(null) }),
    [notice],
  );
  return <NoticesContext.Provider value={value}>{children}</NoticesContext.Provider>;
}

function useNotices(): Notices {
  const notices = useContext(NoticesContext);
  if (!notices) throw new Error('useNotify and useNotice need a NoticeProvider above them');
  return notices;
}

/** Shows a notice: `notify({ kind: 'success', text: 'You have signed out.', path: '/' })`. */
export function useNotify(): (notice: Notice) => void {
  return useNotices().notify;
}

/** The notice waiting to be shown, and the way to drop it; for the page frame. */
export function useNotice(): { notice: Notice | null; dismiss: () => void } {
  const { notice, dismiss } = useNotices();
  return { notice, dismiss };
}

/**
 * After a change saved on one page and shown on another: goes there with a success notice,
 * `goWithNotice('/suppliers/1', 'Meridian has been added.')`.
 */
export function useGoWithNotice(): (path: string, text: string, options?: NavigateOptions) => Promise<void> {
  const notify = useNotify();
  const navigate = useNavigate();
  return async (path, text, options) => {
    notify({ kind: 'success', text, path });
    await navigate(path, options);
  };
}
