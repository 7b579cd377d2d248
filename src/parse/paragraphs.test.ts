import { runFixtures } from "./fixture.ts";

runFixtures("src/parse/paragraphs.fixtures.txt");
