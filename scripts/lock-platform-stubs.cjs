#!/usr/bin/env node
// Run after regenerating package-lock.json from scratch: `node scripts/lock-platform-stubs.cjs`.
// The registry mirror these machines use does not serve other platforms' prebuilt packages
// (darwin/win32 builds of next, tailwind oxide, pagefind), so npm leaves them out of the lock file
// and `npm ci` then calls the lock out of sync. This adds version-only entries with os/cpu, which
// npm ci accepts and never installs here. `npm install` keeps them once present.
// Adds lock entries for platform-specific optional packages that the registry mirror does not serve,
// so `npm ci` sees the lock file in sync; they are never installed here (os/cpu do not match).
const fs = require('fs');
const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8'));
const pk = lock.packages;
const guess = (name) => {
  const n = name.split('/').pop();
  const os = /darwin/.test(n) ? 'darwin' : /win32|windows/.test(n) ? 'win32' : /freebsd/.test(n) ? 'freebsd' : /android/.test(n) ? 'android' : /wasm/.test(n) ? null : 'linux';
  const cpu = /arm64|aarch64/.test(n) ? 'arm64' : /arm-|armv7|gnueabihf/.test(n) ? 'arm' : /x64/.test(n) ? 'x64' : /wasm/.test(n) ? 'wasm32' : null;
  return { os, cpu };
};
let added = 0;
for (const [path, entry] of Object.entries(pk)) {
  for (const [dep, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    if (pk[key] || pk[`${path}/node_modules/${dep}`]) continue;
    const { os, cpu } = guess(dep);
    const e = { version: range.replace(/^[\^~=]/, ''), optional: true };
    if (os) e.os = [os];
    if (cpu) e.cpu = [cpu];
    pk[key] = e;
    added++;
    console.log('added', key, JSON.stringify(e));
  }
}
fs.writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log(added, 'entries added');
