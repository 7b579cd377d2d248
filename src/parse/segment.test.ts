import { runFixtures } from "./fixture.ts";

runFixtures("src/parse/segment.fixtures.txt");
