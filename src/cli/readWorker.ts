/** A pool thread of `check` (runCheck.checkFiles): reads and checks whole files alone. */
export { checkFile } from './runCheck';
