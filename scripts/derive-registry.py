#!/usr/bin/env python3
"""Derive sfperm's metadata registry resource from Salesforce's source-deploy-retrieve registry.

Usage (from the repository root):

    npm pack @salesforce/source-deploy-retrieve@<version>      # or take it from node_modules
    tar xzf salesforce-source-deploy-retrieve-<version>.tgz
    python3 scripts/derive-registry.py package/lib/src/registry/metadataRegistry.json <version>

It rewrites src/main/resources/io/github/sfperm/registry/metadata-registry.json: one flat, name-sorted list of
types (child types carry "parent"), ids replaced by type names, and only the facts sfperm uses; plus SDR's two lookup
indexes in their original order ("suffixIndex": file suffix -> type, "strictDirectoryNames": directory -> type), which
decide the ambiguous cases (several types share a suffix), and a few facts of sfperm's own (SFPERM_FACTS, each with
its source). docs/registry.md describes the procedure and the exceptions MetadataRegistryTest knows about. Then run
`./mvnw test -Dtest=MetadataRegistryTest` (consistency) and the corpus conformance tests, and review the diff:
new types also need a classification in the rule catalogue (CatalogueCoverageTest fails until they have one).

The source registry is Apache-2.0 (c) Salesforce, Inc.; see NOTICE.
"""
import json
import sys

OUT = "src/main/resources/io/github/sfperm/registry/metadata-registry.json"

# Facts sfperm adds to SDR's: not in metadataRegistry.json, each documented by Salesforce.
SFPERM_FACTS = {
    # "using the wildcard with the CustomObject type name will not retrieve standard objects"
    # https://developer.salesforce.com/docs/platform/salesforce-migration-guide/guide/daas-package-by-component-type.md
    "CustomObject": {"wildcardOmitsStandardObjects": True},
}

# facts copied as they are (when present); ids are turned into names below
KEEP = [
    "directoryName", "suffix", "strictDirectoryName", "inFolder", "metaFileSuffix", "xmlElementName",
    "uniqueIdElement", "isAddressable", "unaddressableWithoutParent", "supportsWildcardAndName",
    "supportsPartialDelete", "legacySuffix", "ignoreParsedFullName", "ignoreParentName", "strategies",
]


def main(src, version):
    with open(src, encoding="utf-8") as f:
        sdr = json.load(f)
    types = sdr["types"]
    by_id = {}
    by_lower_id = {}
    for t in types.values():
        by_id[t["id"]] = t["name"]
        for c in (t.get("children") or {}).get("types", {}).values():
            by_id[c["id"]] = c["name"]
    for type_id, name in by_id.items():
        by_lower_id[type_id.lower()] = name

    def name_of(type_id):
        # SDR's data names a few ids in another letter case (SharingRules' child directories say "sharingRules")
        return by_id.get(type_id) or by_lower_id.get(type_id.lower(), type_id)

    out = []

    def convert(t, parent=None):
        entry = {"name": t["name"]}
        if parent:
            entry["parent"] = parent
        for key in KEEP:
            if key in t:
                entry[key] = t[key]
        for key in ("folderType", "folderContentType", "aliasFor"):
            if key in t:
                entry[key] = by_id[t[key]]
        children = t.get("children")
        if children:
            entry["children"] = sorted(by_id[i] for i in children.get("types", {}))
            if children.get("directories"):
                entry["childDirectories"] = {k: name_of(v) for k, v in sorted(children["directories"].items())}
            if children.get("suffixes"):
                entry["childSuffixes"] = {k: name_of(v) for k, v in sorted(children["suffixes"].items())}
        entry.update(SFPERM_FACTS.get(t["name"], {}))
        return entry

    for t in types.values():
        out.append(convert(t))
        for c in (t.get("children") or {}).get("types", {}).values():
            out.append(convert(c, t["name"]))
    out.sort(key=lambda e: e["name"])
    doc = {
        "schema": "sfperm-registry/1",
        "derivedFrom": {
            "package": "@salesforce/source-deploy-retrieve",
            "version": version,
            "file": "lib/src/registry/metadataRegistry.json",
            "license": "Apache-2.0",
        },
        "suffixIndex": {k: name_of(v) for k, v in sdr["suffixes"].items()},
        "strictDirectoryNames": {k: name_of(v) for k, v in sdr["strictDirectoryNames"].items()},
        "types": out,
    }
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1, sort_keys=False, ensure_ascii=False)
        f.write("\n")
    print(f"{OUT}: {len(out)} types ({sum(1 for e in out if 'parent' in e)} child types)")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
