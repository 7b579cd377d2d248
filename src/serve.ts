// A local preview of _site/ (npm start, browser tests), not a production server: the files are served by serve-static
// (Express's static-file middleware, on `send`): no path outside the folder, dotfiles hidden, any URL answered without
// crashing (a malformed one with 400), Range and HEAD, conditional GETs; other methods get 405. Around it: the path
// prefix a site is built for (PATH_PREFIX), 404.html for what is not there, and types for Pagefind's files.
import { createReadStream, existsSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { extname, join, resolve } from "node:path";
import serveStatic from "serve-static";

/** Types mime-db lacks or gives otherwise: Pagefind's index files are binary (gzip inside, decoded by its runtime). */
const TYPES: Record<string, string> = {
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pagefind": "application/octet-stream",
  ".wasm": "application/wasm",
  ".webmanifest": "application/manifest+json",
};

/** `/archive` → `/archive/`; "" → `/`. */
export function normalizePrefix(prefix: string | undefined): string {
  const p = (prefix ?? "/").trim();
  return `/${p.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
}

export function serve(root: string, port = 0, prefix = "/"): Promise<{ server: Server; url: string }> {
  const base = resolve(root);
  prefix = normalizePrefix(prefix);
  const files = serveStatic<ServerResponse>(base, {
    fallthrough: false,
    index: ["index.html"],
    dotfiles: "ignore",
    redirect: true,
    maxAge: 0,
    setHeaders: (res, path) => {
      const type = TYPES[extname(path)];
      if (type) res.setHeader("content-type", type);
      res.setHeader("cache-control", "no-cache");
    },
  });

  const notFound = (req: IncomingMessage, res: ServerResponse) => {
    const page = join(base, "404.html");
    if (!existsSync(page)) return void res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("404 not found\n");
    res.writeHead(404, { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache" });
    if (req.method === "HEAD") return void res.end();
    createReadStream(page).on("error", () => res.destroy()).pipe(res);
  };
  const fail = (res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) => {
    if (res.headersSent) return void res.destroy();
    res.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...headers }).end(`${status} ${text}\n`);
  };

  const server = createServer((req, res) => {
    try {
      if (req.method !== "GET" && req.method !== "HEAD") return fail(res, 405, "method not allowed: this preview serves files (GET, HEAD)", { allow: "GET, HEAD" });
      const url = req.url ?? "/";
      const q = url.indexOf("?");
      const path = q < 0 ? url : url.slice(0, q);
      if (!path.startsWith(prefix) && path !== prefix.slice(0, -1)) return notFound(req, res);
      // serve-static sees the path inside the prefix; its redirects (a folder without its slash) use the original URL
      (req as IncomingMessage & { originalUrl?: string }).originalUrl = url;
      req.url = "/" + url.slice(Math.min(prefix.length, path.length + 1));
      files(req, res, (err?: { status?: number; statusCode?: number; headers?: Record<string, string> }) => {
        const status = err?.status ?? err?.statusCode ?? 404;
        if (status === 404 || status === 403) return notFound(req, res); // 403: a dotfile or a path outside the folder
        if (status === 400) return fail(res, 400, "bad request (malformed URL)");
        if (status === 416) return fail(res, 416, "range not satisfiable", err?.headers ?? {});
        fail(res, status >= 400 && status < 600 ? status : 500, "error", err?.headers ?? {});
      });
    } catch {
      fail(res, 500, "error");
    }
  });
  server.on("clientError", (_err, socket) => socket.destroy());
  return new Promise((ok) =>
    server.listen(port, "127.0.0.1", () => {
      const addr = server.address();
      const p = typeof addr === "object" && addr ? addr.port : port;
      ok({ server, url: `http://127.0.0.1:${p}${prefix}` });
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 8080);
  const { url } = await serve("_site", port, normalizePrefix(process.env.PATH_PREFIX));
  console.log(`local preview of _site/ at ${url} (not a production server: publish _site/ on any static host; Ctrl-C to stop)`);
}
