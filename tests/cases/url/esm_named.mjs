import { URL as U, URLSearchParams as P, fileURLToPath, pathToFileURL, parse, format, resolve } from 'node:url';
import url from 'url';
console.log(U === URL, P === URLSearchParams, url.URL === U, typeof fileURLToPath, typeof pathToFileURL, typeof parse, typeof format, typeof resolve);
console.log(fileURLToPath(import.meta.url).endsWith('esm_named.mjs'));
