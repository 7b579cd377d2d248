import { runFixtures } from "./fixture.ts";

runFixtures("src/parse/place.fixtures.txt");
