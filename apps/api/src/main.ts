import module from 'node:module';

// Node.js 22.1 and later keep the code they compile in a cache (in the system's temporary folder), so
// later starts skip most of the compiling: about a sixth of a warm start's CPU time (bench/). It has to
// be on before the application's modules load, hence this entry and a dynamic import. Node.js 20 has
// no such cache; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
await import('./server.js');
