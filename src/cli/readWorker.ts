/** A pool thread of `check` (runCheck.loadFiles): reads whole files to their readings. */
export { loadFile } from './runCheck';
