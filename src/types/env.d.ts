// Vite's `import.meta.env`, as Astro declares it, for the modules the scripts' type-check also reads (src/lib/urls.ts).
/// <reference types="astro/client" />
