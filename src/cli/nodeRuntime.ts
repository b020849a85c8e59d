/** What the command line sets up in Node before it reads a file, in the main thread and in each pool thread. */
import { setFlagsFromString } from 'v8';
import { useNativeInflate } from '../formats';
import { nodeInflate } from './nodeInflate';

/**
 * A check is a few seconds of code that starts cold, on machines with as few as two cores.
 * - With V8's default inlining its optimizing compiler spent more CPU time than the check itself
 *   (1.8 s of background compiling beside 1.4 s of checking for 400 files), crowding the main
 *   thread off the second core; at a quarter of the inlining budget it spends half that, and the
 *   optimized code is as fast.
 * - The young generation, doubled at each growth, reached its full size two thirds into a
 *   400-file check; grown 16-fold it is full after the first file, collected 22 times, not 38,
 *   with half the pauses. Peak memory is unchanged at 400 and at 1,600 files (the same maximum
 *   either way), and a check of one form allocates too little to grow it at all.
 * Both measured in bench/folder.ts at 400 and 1,600 files. Only flags V8 reads as it goes can be
 * set here: those that size the heap are fixed when the process starts.
 */
const V8_FLAGS = '--max-inlined-bytecode-size-cumulative=250 --semi-space-growth-factor=16';

export function prepareNodeRuntime(): void {
  setFlagsFromString(V8_FLAGS);
  // Node's zlib: native, so a check's first files are not slowed by fflate's warming up.
  useNativeInflate(nodeInflate);
}
