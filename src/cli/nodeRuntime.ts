/** What the command line sets up in Node before it reads a file, in the main thread and in each pool thread. */
import { setFlagsFromString } from 'v8';
import { useNativeInflate } from '../formats';
import { nodeInflate } from './nodeInflate';

/**
 * A check is a few seconds of code that starts cold, on machines with as few as two cores. With
 * V8's default inlining its optimizing compiler spent more CPU time than the check itself
 * (1.8 s of background compiling beside 1.4 s of checking for 400 files), crowding the main
 * thread off the second core; at a quarter of the inlining budget it spends half that, and the
 * optimized code is as fast (bench/folder.ts, at 400 and 1,600 files). Only compiler heuristics
 * are changed: the flags that size the heap or the collector cannot be changed in a running
 * process.
 */
const COMPILER_FLAGS = '--max-inlined-bytecode-size-cumulative=250';

export function prepareNodeRuntime(): void {
  setFlagsFromString(COMPILER_FLAGS);
  // Node's zlib: native, so a check's first files are not slowed by fflate's warming up.
  useNativeInflate(nodeInflate);
}
