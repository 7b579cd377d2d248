import { runFixtures } from "./fixture.ts";

runFixtures("src/parse/byline.fixtures.txt");
