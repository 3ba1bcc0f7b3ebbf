import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { sha256 } from '../expected.js';
import { join } from 'node:path';
import { attribute, probe, which } from '../toolchain.js';
import { failureCache, writeSnippets } from './shared.js';
import type { Prepared, Runner, Snippet } from './types.js';

export const NO_NSURLSESSION = "syntax-checked only: NSURLSession cannot run here (Debian's GNUstep is built without it, and gcc's Objective-C has no blocks)";

/**
 * Apple's declarations of what the snippets use beyond GNUstep's Foundation: GNUstep 1.28
 * compiles NSURLSession out (GS_HAVE_NSURLSESSION 0) and its class lacks sharedSession and the
 * completion-handler methods, and libdispatch's headers are not installed. Signatures as in
 * Apple's NSURLSession.h and dispatch/semaphore.h, so a call that does not type-check against
 * Apple's SDK does not type-check here.
 */
const APPLE_DECLARATIONS = `#import <Foundation/Foundation.h>

typedef struct dispatch_semaphore_s *dispatch_semaphore_t;
typedef uint64_t dispatch_time_t;
#define DISPATCH_TIME_FOREVER (~0ull)
dispatch_semaphore_t dispatch_semaphore_create(long value);
long dispatch_semaphore_signal(dispatch_semaphore_t dsema);
long dispatch_semaphore_wait(dispatch_semaphore_t dsema, dispatch_time_t timeout);

@interface NSURLSessionTask : NSObject
- (void)resume;
@end

@interface NSURLSessionDataTask : NSURLSessionTask
@end

@interface NSURLSession : NSObject
@property (class, readonly, strong) NSURLSession *sharedSession;
- (NSURLSessionDataTask *)dataTaskWithRequest:(NSURLRequest *)request completionHandler:(void (^)(NSData *data, NSURLResponse *response, NSError *error))completionHandler;
@end
`;

/** GNUstep's headers include a blocks runtime header whenever the compiler has blocks; clang's needs only these two. */
const BLOCKS_RUNTIME = `void *_Block_copy(const void *block);
void _Block_release(const void *block);
`;

/**
 * Every snippet is parsed and type-checked by one `clang -fsyntax-only` (blocks on, GNUstep's
 * Foundation headers, Apple's NSURLSession declarations) and then reported as skipped with the
 * reason: it cannot run here. A snippet clang rejects fails.
 */
export const objcRunner: Runner = {
  language: 'objc',
  async unavailable() {
    if (!which('clang')) return 'no clang (apt-get install clang)';
    const config = which('gnustep-config') && (await probe('gnustep-config', ['--objc-flags']));
    return config && config.code === 0 ? null : "no GNUstep Foundation headers (apt-get install libgnustep-base-dev gnustep-make)";
  },

  async prepare(snippets, ctx) {
    const shim = join(ctx.workDir, 'apple-shim');
    for (const dir of ['objc', 'ObjectiveC2']) {
      mkdirSync(join(shim, dir), { recursive: true });
      writeFileSync(join(shim, dir, 'blocks_runtime.h'), BLOCKS_RUNTIME);
    }
    writeFileSync(join(shim, 'apple.h'), APPLE_DECLARATIONS);
    const flags = (await probe('gnustep-config', ['--objc-flags'])).stdout.trim().split(/\s+/).filter((f) => f && f !== '-MMD' && f !== '-MP');
    const gccInclude = (await probe('gcc', ['-print-file-name=include'])).stdout.trim();

    const args = ['-fsyntax-only', '-x', 'objective-c', '-fblocks', '-fobjc-runtime=gnustep-1.9', '-fno-color-diagnostics', '-Werror=objc-method-access', '-Werror=implicit-function-declaration', '-I', shim, '-include', join(shim, 'apple.h'), ...(gccInclude ? ['-idirafter', gccInclude] : []), ...flags];
    const clang = which('clang')!;
    const version = (await probe(clang, ['--version'])).stdout;

    // A check's outcome is cached by the hash of compiler, flags (the shim's folder is new every run), declarations and source.
    const checks = join(ctx.cacheDir, 'checked');
    mkdirSync(checks, { recursive: true });
    const keyOf = (s: Snippet) => join(checks, sha256(Buffer.from([version, ...args.map((a) => a.replace(shim, '<shim>')), APPLE_DECLARATIONS, s.code].join('\0'))));
    const prepared = new Map<Snippet, Prepared>();
    const todo = snippets.filter((s) => {
      const key = keyOf(s);
      const failure = failureCache.read(key);
      if (failure) prepared.set(s, { failed: 'clang -fsyntax-only failed', detail: failure });
      else if (existsSync(key)) prepared.set(s, { skipped: NO_NSURLSESSION });
      else return true;
      return false;
    });
    if (!todo.length) return prepared;

    const files = writeSnippets(todo, () => 'main.m');
    ctx.status(`clang -fsyntax-only (${files.size})`);
    const result = await ctx.exec(clang, [...args, ...files.keys()], { cwd: ctx.workDir });
    const errors = attribute(`${result.stdout}\n${result.stderr}`, new Map([...files.keys()].map((f) => [f, f])));
    for (const [file, s] of files) {
      const error = errors.get(file)?.filter((line) => /error/.test(line));
      if (error?.length) {
        failureCache.write(keyOf(s), errors.get(file)!);
        prepared.set(s, { failed: 'clang -fsyntax-only failed', detail: errors.get(file)! });
      } else if (result.code !== 0 && errors.size === 0) {
        prepared.set(s, { failed: 'clang -fsyntax-only failed', detail: [result.spawnError ?? '', result.stderr].filter(Boolean) });
      } else {
        writeFileSync(keyOf(s), '');
        prepared.set(s, { skipped: NO_NSURLSESSION });
      }
    }
    return prepared;
  },
};
