import type { ReactNode } from 'react';

export type TagColour =
  'white' | 'grey' | 'green' | 'aqua-green' | 'blue' | 'purple' | 'pink' | 'red' | 'orange' | 'yellow';

export function Tag({ colour, children }: { colour?: TagColour; children: ReactNode }) {
  return <strong className={colour ? `nhsuk-tag nhsuk-tag--${colour}` : 'nhsuk-tag'}>{children}</strong>;
}
