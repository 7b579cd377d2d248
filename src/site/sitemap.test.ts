// sitemap.xml lists every page; past the protocol's limit it becomes an index of sitemap files.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildSiteData } from "./build-data.ts";
import { pageUrls, sitemapFiles } from "./sitemap.ts";
import { readSeeds } from "../read-seeds.ts";

const site = (() => {
  const s = readSeeds("seeds");
  return buildSiteData(s.records, s.messages, s.files, s.lineCounts);
})();

test("one sitemap lists every page under the site URL", () => {
  const [only, ...rest] = sitemapFiles(site, "https://example.org/archive/");
  assert.deepEqual(rest, []);
  assert.equal(only!.path, "sitemap.xml");
  assert.equal(only!.xml.match(/<url>/g)!.length, pageUrls(site).length);
  assert.ok(only!.xml.includes("<loc>https://example.org/archive/articles/"));
});

test("past the limit, sitemap.xml indexes numbered sitemaps that share the URLs between them", () => {
  const limit = 40;
  const files = sitemapFiles(site, "https://example.org", limit);
  const urls = pageUrls(site).length;
  assert.equal(files.length, 1 + Math.ceil(urls / limit));
  assert.match(files[0]!.xml, /<sitemapindex /);
  assert.deepEqual(files[0]!.xml.match(/<loc>[^<]+<\/loc>/g), files.slice(1).map((f) => `<loc>https://example.org/${f.path}</loc>`));
  assert.equal(files.slice(1).reduce((n, f) => n + f.xml.match(/<url>/g)!.length, 0), urls);
  assert.ok(files.slice(1).every((f) => f.xml.match(/<url>/g)!.length <= limit));
});
