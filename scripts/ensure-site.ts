// Before npm test: build _site/ from seeds/ when it is missing (the README's order builds it first).
import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";

if (!existsSync("_site/api/articles.json")) {
  console.log("_site/ is missing: running npm run build first");
  execFileSync("npm", ["run", "build", "--silent"], { stdio: "inherit" });
}
