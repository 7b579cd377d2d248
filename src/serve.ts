// A small static file server for _site/ (npm start, browser tests): right MIME types, index.html, 404.html, path prefix.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
};

export function serve(root: string, port = 0, prefix = "/"): Promise<{ server: Server; url: string }> {
  const base = resolve(root);
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (!path.startsWith(prefix)) path = "/404.html";
    else path = "/" + path.slice(prefix.length);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) file = join(base, "404.html");
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    const found = existsSync(file) && statSync(file).isFile();
    const target = found ? file : join(base, "404.html");
    if (!found && !existsSync(target)) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("404 not found");
      return;
    }
    res.writeHead(found ? 200 : 404, { "content-type": TYPES[extname(target)] ?? "application/octet-stream", "cache-control": "no-cache" });
    createReadStream(target).pipe(res);
  });
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
  const { url } = await serve("_site", port);
  console.log(`serving _site/ at ${url} (Ctrl-C to stop)`);
}
