import { test } from "uvu";
import * as assert from "uvu/assert";
import { DEFAULT_SIDE_INFO, SIDE_COLORS, orderedSides, sideColor } from "../../src/actors/sides";
import { defaultActorRegistry } from "../../src/actors/registry";
import { DEFAULT_SIDES } from "../../src/actors/types";

const custom = [{ id: "left", label: "Left" }, { id: "right", label: "Right", color: "#000" }, { id: "unknown", label: "Unresolved" }];

test("orderedSides keeps the registry's order and labels for the sides used, then unknown ones by first use", () => {
  assert.equal(orderedSides(["right", "other", "left", "right"], custom), [{ id: "left", label: "Left" }, { id: "right", label: "Right", color: "#000" }, { id: "other", label: "other" }]);
  assert.equal(orderedSides([], custom), []);
  assert.equal(orderedSides(["unknown", "us"]).map((s) => s.id), ["us", "unknown"]); // default sides' order
});

test("sideColor: the registry's colour, else the seeds' colour of a default side, else the palette by place", () => {
  assert.is(sideColor("right", custom), "#000");
  assert.is(sideColor("left", custom), "#0072B2"); // palette place 0
  assert.is(sideColor("unknown", custom), "#999999");
  assert.is(sideColor("russia"), SIDE_COLORS.russia);
});

test("the default registry keeps the seeds' sides, in DEFAULT_SIDES order", () => {
  assert.equal(defaultActorRegistry().sides.map((s) => s.id), [...DEFAULT_SIDES]);
  assert.equal(DEFAULT_SIDE_INFO.map((s) => s.id), [...DEFAULT_SIDES]);
});

test.run();
