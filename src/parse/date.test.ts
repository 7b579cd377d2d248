import { runFixtures } from "./fixture.ts";

runFixtures("src/parse/date.fixtures.txt");
