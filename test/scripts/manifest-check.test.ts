import { strict as assert } from "node:assert";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkManifest, pngDimensions } from "../helpers/manifest-check";

const ROOT = join(__dirname, "..", "..");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const BASE = "https://localhost:3000/";
const options = {
  baseUrl: BASE,
  pngSize: (file: string) => {
    const path = join(ROOT, file);
    return existsSync(path) ? pngDimensions(readFileSync(path)) : null;
  },
};

/** The problems of the manifest with `from` replaced by `to` (which must occur). */
function problemsAfter(from: string | RegExp, to: string): string[] {
  const changed = MANIFEST.replace(from, to);
  assert.notEqual(changed, MANIFEST, `${from} is not in manifest.xml`);
  return checkManifest(changed, options);
}

describe("manifest check (no schemas needed)", () => {
  it("finds nothing wrong with the project's manifest and its icons", () => {
    assert.deepEqual(checkManifest(MANIFEST, options), []);
  });

  it("refuses a manifest that does not require Excel 2021's ExcelApi 1.14", () => {
    const problems = problemsAfter('MinVersion="1.14"', 'MinVersion="1.8"');
    assert.ok(
      problems.some((p) => /ExcelApi MinVersion 1\.8 is below 1\.14/.test(p)),
      problems.join("\n"),
    );
  });

  it("refuses an id that is not a GUID and a version that is not n.n.n.n", () => {
    const problems = checkManifest(
      MANIFEST.replace(/<Id>[^<]+<\/Id>/, "<Id>not-a-guid</Id>").replace("<Version>0.1.0.0", "<Version>v1"),
      options,
    );
    assert.equal(problems.filter((p) => /not a GUID|not n\.n\.n\.n/.test(p)).length, 2, problems.join("\n"));
  });

  it("refuses a URL over http and one outside the base", () => {
    const problems = problemsAfter(
      'DefaultValue="https://localhost:3000/commands.html"',
      'DefaultValue="http://localhost:3000/commands.html"',
    ).concat(
      problemsAfter(
        'DefaultValue="https://localhost:3000/taskpane.html"/>\n      </bt',
        'DefaultValue="https://example.org/taskpane.html"/>\n      </bt',
      ),
    );
    assert.ok(
      problems.some((p) => /is not https/.test(p)),
      problems.join("\n"),
    );
    assert.ok(
      problems.some((p) => /example\.org\/taskpane\.html is not under/.test(p)),
      problems.join("\n"),
    );
  });

  it("refuses an icon missing from assets/ and one of the wrong size", () => {
    const missing = problemsAfter("assets/check-now-32.png", "assets/gone-32.png");
    assert.ok(
      missing.some((p) => /assets\/gone-32\.png is missing/.test(p)),
      missing.join("\n"),
    );
    const wrong = problemsAfter('assets/icon-64.png"', 'assets/icon-80.png"');
    assert.ok(
      wrong.some((p) => /icon-80\.png is 80×80, not 64×64/.test(p)),
      wrong.join("\n"),
    );
  });

  it("refuses a ribbon id used twice and a resid that names nothing or the wrong kind of resource", () => {
    const twice = problemsAfter('id="NtpDisburse.ClearHighlights"', 'id="NtpDisburse.CheckNow"');
    assert.ok(
      twice.some((p) => /ribbon id "NtpDisburse.CheckNow" is used twice/.test(p)),
      twice.join("\n"),
    );
    const unknown = problemsAfter('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>');
    assert.ok(
      unknown.some((p) => /"Group.Missing" is not defined/.test(p)),
      unknown.join("\n"),
    );
    const kind = problemsAfter('<Label resid="Tab.Label"/>', '<Label resid="CheckNow.Tooltip"/>');
    assert.ok(
      kind.some((p) => /is in LongStrings, <Label> needs ShortStrings/.test(p)),
      kind.join("\n"),
    );
  });

  it("refuses a short string over 125 characters", () => {
    const problems = problemsAfter('Value="Check now"', `Value="${"x".repeat(126)}"`);
    assert.ok(
      problems.some((p) => /short string "CheckNow.Label" is 126 characters, over 125/.test(p)),
      problems.join("\n"),
    );
  });

  it("says a file that is not XML is not well-formed", () => {
    assert.match(checkManifest("<OfficeApp>", options)[0], /not well-formed/);
  });
});
