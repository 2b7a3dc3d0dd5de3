// `import.meta.env` (Vite's), for the modules the scripts' type-check also reads (src/lib/urls.ts).
/// <reference types="vite/client" />
