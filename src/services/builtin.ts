/** Where the built-in dossiers live in the package. */
import { fileURLToPath } from 'node:url';

export const BUILTIN_DOSSIER = fileURLToPath(
  new URL('../../dossier/canada-china', import.meta.url),
);
