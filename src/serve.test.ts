// npm start's local preview: no file outside the folder, no crash on any URL, Range and HEAD, 405 for other methods,
// the right types for WebAssembly and Pagefind's files, and the path prefix.
import { test } from "node:test";
import assert from "node:assert/strict";
import { request } from "node:http";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "./serve.ts";

function site() {
  const root = mkdtempSync(join(tmpdir(), "serve-"));
  const dir = join(root, "_site");
  mkdirSync(join(dir, "pagefind/all/fragment"), { recursive: true });
  mkdirSync(join(dir, "dates"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>home</title>");
  writeFileSync(join(dir, "404.html"), "<!doctype html><title>404 页面不存在</title>");
  writeFileSync(join(dir, "dates/index.html"), "dates");
  writeFileSync(join(dir, "0123456789.txt"), "0123456789");
  writeFileSync(join(dir, "x.wasm"), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]));
  writeFileSync(join(dir, "pagefind/all/pagefind.zh-cn_1.pf_meta"), "m");
  writeFileSync(join(dir, "pagefind/all/fragment/zh-cn_1.pf_fragment"), "f");
  writeFileSync(join(dir, "pagefind/all/wasm.zh-cn.pagefind"), "w");
  writeFileSync(join(dir, ".secret"), "dot");
  mkdirSync(join(root, "_site-secret"));
  writeFileSync(join(root, "_site-secret/x.txt"), "SECRET");
  writeFileSync(join(root, "outside.txt"), "SECRET");
  return dir;
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}
function get(base: string, path: string, method = "GET", headers: Record<string, string> = {}): Promise<Reply> {
  const u = new URL(base);
  return new Promise((ok, fail) => {
    const req = request({ host: u.hostname, port: u.port, path, method, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (body += c));
      res.on("end", () => ok({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on("error", fail);
    req.end();
  });
}

test("no URL crashes the server, and none reaches outside the folder", async () => {
  const { server, url } = await serve(site());
  try {
    for (const path of ["/%", "/%E4%", "/%00", "/..%2f_site-secret%2fx.txt", "/../_site-secret/x.txt", "/%2e%2e/_site-secret/x.txt", "/..%2F..%2Foutside.txt", "/../outside.txt", "/..\\outside.txt", "//etc/passwd", "/.secret", "/dates/..%2f..%2f_site-secret/x.txt"]) {
      const r = await get(url, path);
      assert.ok([400, 404].includes(r.status), `${path}: ${r.status}`);
      assert.ok(!r.body.includes("SECRET") && !r.body.includes("dot"), `${path} served a file outside the site or a dotfile`);
    }
    assert.equal((await get(url, "/%")).status, 400);
    const missing = await get(url, "/no/such/page/");
    assert.equal(missing.status, 404);
    assert.match(missing.body, /404 页面不存在/);
    assert.equal((await get(url, "/")).status, 200, "still serving after all that");
  } finally {
    server.close();
  }
});

test("Range, HEAD, a folder's redirect, and 405 for other methods", async () => {
  const { server, url } = await serve(site());
  try {
    const part = await get(url, "/0123456789.txt", "GET", { range: "bytes=2-4" });
    assert.equal(part.status, 206);
    assert.equal(part.body, "234");
    assert.equal(part.headers["content-range"], "bytes 2-4/10");
    const tail = await get(url, "/0123456789.txt", "GET", { range: "bytes=-3" });
    assert.equal(tail.body, "789");
    assert.equal((await get(url, "/0123456789.txt", "GET", { range: "bytes=50-" })).status, 416);
    const head = await get(url, "/index.html", "HEAD");
    assert.equal(head.status, 200);
    assert.equal(head.body, "");
    assert.equal(head.headers["content-length"], String("<!doctype html><title>home</title>".length));
    const moved = await get(url, "/dates");
    assert.equal(moved.status, 301);
    assert.equal(moved.headers.location, "/dates/");
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"]) {
      const r = await get(url, "/index.html", method);
      assert.equal(r.status, 405, method);
      assert.equal(r.headers.allow, "GET, HEAD");
    }
  } finally {
    server.close();
  }
});

test("WebAssembly and Pagefind's files have their types", async () => {
  const { server, url } = await serve(site());
  try {
    assert.equal((await get(url, "/x.wasm")).headers["content-type"], "application/wasm");
    for (const f of ["/pagefind/all/pagefind.zh-cn_1.pf_meta", "/pagefind/all/fragment/zh-cn_1.pf_fragment", "/pagefind/all/wasm.zh-cn.pagefind"]) {
      assert.equal((await get(url, f)).headers["content-type"], "application/octet-stream", f);
    }
    assert.match(String((await get(url, "/")).headers["content-type"]), /^text\/html; charset=utf-8/i);
  } finally {
    server.close();
  }
});

test("under a path prefix, only the prefix is served, and redirects keep it", async () => {
  const { server, url } = await serve(site(), 0, "/archive/");
  try {
    assert.match(url, /\/archive\/$/);
    assert.equal((await get(url, "/archive/")).body, "<!doctype html><title>home</title>");
    assert.equal((await get(url, "/archive/dates/")).body, "dates");
    assert.equal((await get(url, "/")).status, 404);
    assert.equal((await get(url, "/index.html")).status, 404);
    assert.equal((await get(url, "/archive/dates")).headers.location, "/archive/dates/");
    assert.ok(!(await get(url, "/archive/../_site-secret/x.txt")).body.includes("SECRET"));
  } finally {
    server.close();
  }
});
