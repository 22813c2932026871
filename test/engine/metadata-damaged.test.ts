import { strict as assert } from "node:assert";
import { METADATA_NAMESPACE, metadataToXml, readMetadataXml } from "../../src/engine/metadata";

const part = (body: string) => `<ntpDisburse xmlns="${METADATA_NAMESPACE}">${body}</ntpDisburse>`;

describe("metadata a workbook carries, when its JSON is damaged", () => {
  const profile = { id: "x", name: { vi: "Hồ sơ", en: "Profile" } };
  const mappings = [{ sheet: "KH", headerRows: [5], headers: { B: "Tên" }, roles: { B: "label" } }];

  it("reads whole metadata as read, and no part of ours as none", () => {
    const meta = { version: 1 as const, profile, mappings };
    assert.deepEqual(readMetadataXml(metadataToXml(meta)), { kind: "read", meta });
    assert.deepEqual(readMetadataXml('<ntpDisburse xmlns="urn:other">{"version":1}</ntpDisburse>'), { kind: "none" });
    assert.deepEqual(readMetadataXml("<other/>"), { kind: "none" });
  });

  it("says the metadata is damaged and keeps the profile when only the mappings are broken", () => {
    const json = JSON.stringify({ version: 1, profile, mappings }).replace('"headerRows":[5]', '"headerRows":[5,');
    assert.deepEqual(readMetadataXml(part(json)), {
      kind: "damaged",
      meta: { version: 1, profile },
      lost: ["mappings"],
    });
  });

  it("keeps the members read before the point where cut-off JSON ends", () => {
    const json = JSON.stringify({ version: 1, profile, mappings });
    assert.deepEqual(readMetadataXml(part(json.slice(0, json.indexOf('"roles"')))), {
      kind: "damaged",
      meta: { version: 1, profile },
      lost: ["mappings"],
    });
  });

  it("says the metadata is damaged, with nothing kept, when its body is not JSON at all", () => {
    assert.deepEqual(readMetadataXml(part("not json")), { kind: "damaged", meta: null, lost: [] });
  });

  it("counts a member of the wrong shape as lost: mappings that lost their opening bracket are no list", () => {
    const json = JSON.stringify({ version: 1, profile, mappings: [mappings[0], mappings[0]] }).replace(
      '"mappings":[',
      '"mappings":',
    );
    assert.deepEqual(readMetadataXml(part(json)), {
      kind: "damaged",
      meta: { version: 1, profile },
      lost: ["mappings"],
    });
  });

  it("counts whole JSON with a profile or mappings of the wrong shape as damaged, the rest kept", () => {
    const json = JSON.stringify({ version: 1, profile: "x", mappings: { sheet: "KH" }, highlights: [] });
    assert.deepEqual(readMetadataXml(part(json)), {
      kind: "damaged",
      meta: { version: 1, highlights: [] },
      lost: ["profile", "mappings"],
    });
  });
});
