import { runFixtures } from "./fixture.ts";

runFixtures("src/parse/titles.fixtures.txt");
