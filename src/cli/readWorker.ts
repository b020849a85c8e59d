/** A pool thread of `check` (runCheck.checkFiles): reads and checks whole files alone. */
import { prepareNodeRuntime } from './nodeRuntime';

prepareNodeRuntime();

export { checkFile } from './runCheck';
