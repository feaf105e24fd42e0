import { useLocation } from 'react-router';
import { useNotify } from '../notices/notices';

/**
 * After someone else saved a record first: loads it again (the edit form starts over from their
 * version) and says so in a notice, which takes focus as the reload button goes. A failed reload
 * shows through the page's own query error.
 */
export function useReloadRecord(refetch: () => Promise<unknown>, what: string): () => void {
  const notify = useNotify();
  const { pathname } = useLocation();
  return () => {
    refetch().then(
      () =>
        notify({
          kind: 'important',
          text: `The form now shows the ${what} as it was last saved. Make your changes again.`,
          path: pathname,
        }),
      () => undefined,
    );
  };
}
