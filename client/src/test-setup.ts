import { configure } from '@testing-library/react';

// findBy… and waitFor wait for what a page shows; on a busy 2-core CI machine a render can take
// longer than the library's 1 s default. A condition that holds ends the wait at once, so a longer
// limit costs passing tests nothing and only stops slow machines failing them.
configure({ asyncUtilTimeout: 5_000 });
