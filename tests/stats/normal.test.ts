import { test } from "uvu";
import * as assert from "uvu/assert";
import { normalQuantile } from "../../src/stats/normal";

const near = (a: number, b: number) => Math.abs(a - b) < 1e-8;

test("normalQuantile returns the textbook z values, symmetric around 0.5", () => {
  assert.is(normalQuantile(0.5), 0);
  assert.ok(near(normalQuantile(0.975), 1.959963985), String(normalQuantile(0.975)));
  assert.ok(near(normalQuantile(0.025), -1.959963985));
  assert.ok(near(normalQuantile(0.8413447460685429), 1)); // Phi(1)
  assert.ok(near(normalQuantile(0.995), 2.575829304));
  assert.ok(near(normalQuantile(0.001), -3.090232306)); // lower tail branch
  assert.ok(near(normalQuantile(0.999), 3.090232306)); // upper tail branch
  assert.ok(Math.abs(normalQuantile(1e-10) + 6.361340902) < 1e-7);
});

test("normalQuantile: 0 and 1 give infinities; p outside [0, 1] or NaN throws", () => {
  assert.is(normalQuantile(0), -Infinity);
  assert.is(normalQuantile(1), Infinity);
  assert.throws(() => normalQuantile(1.5), /between 0 and 1, got 1.5/);
  assert.throws(() => normalQuantile(NaN), /got NaN/);
});

test.run();
