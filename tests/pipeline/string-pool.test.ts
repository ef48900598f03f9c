import { test } from "uvu";
import * as assert from "uvu/assert";
import { StringPool } from "../../src/pipeline/string-pool";

test("StringPool gives back an equal string, counts the distinct ones, and passes null and undefined through", () => {
  const pool = new StringPool();
  const made = ["Daily", "Courier"].join(" ");
  assert.is(pool.get("Daily Courier"), "Daily Courier");
  assert.is(pool.get(made), "Daily Courier");
  assert.is(pool.get("us"), "us");
  assert.is(pool.get(""), "");
  assert.is(pool.size, 3, "Daily Courier, us and the empty string");
  assert.is(pool.get(null), null);
  assert.is(pool.get(undefined), undefined);
  assert.is(pool.size, 3);
});

test.run();
