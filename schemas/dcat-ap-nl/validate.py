#!/usr/bin/env python3
"""Validates DCAT-AP-NL 3.0 catalogues offline against Geonovum's SHACL shapes (shapes-300/).

usage: validate.py FILE.rdf...            exit 0 when every file conforms (warnings are shown)
       validate.py --mandatory FILE.rdf   also proves the shapes catch each mandatory property:
                                          for every property DCAT-AP-NL 3.0 makes mandatory
                                          (verplicht, from the *-OPT.ttl files) on a node the
                                          file has, a copy without it must fail

Needs pyshacl (pinned in scripts/test.sh). Reads nothing from the network.
"""
import sys
from pathlib import Path

import pyshacl
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF

HERE = Path(__file__).resolve().parent
SHAPES = HERE / "shapes-300"
# The constraints: DCAT-AP 3.0's, DCAT-AP-NL's additions, its class ranges and code lists,
# and its recommendations (sh:Warning, shown but not failing).
SHAPE_FILES = [
    "dcat-ap-SHACL.ttl",
    "dcat-ap-nl-SHACL.ttl",
    "dcat-ap-nl-SHACL-klassebereik.ttl",
    "dcat-ap-nl-SHACL-klassebereik-codelijsten.ttl",
    "dcat-ap-nl-SHACL-aanbevolen.ttl",
]
SH = Namespace("http://www.w3.org/ns/shacl#")
OPT = Namespace("http://modellen.geostandaarden.nl/def/dcat-ap-nl/optionaliteit/")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")


def shapes_graph():
    graph = Graph()
    for name in SHAPE_FILES:
        graph.parse(SHAPES / name, format="turtle")
    return graph


def validate(data, shapes):
    """(violations, warnings, report text, the paths of the violations)."""
    conforms, report, text = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", allow_warnings=True, advanced=True, meta_shacl=False
    )
    violations = list(report.subjects(SH.resultSeverity, SH.Violation))
    warnings = list(report.subjects(SH.resultSeverity, SH.Warning))
    paths = {p for v in violations for p in report.objects(v, SH.resultPath)}
    return violations, warnings, text, paths


def mandatory_paths():
    """{class: {path}} of every property the OPT files mark verplicht, for the classes the
    catalogue uses. The OPT files name shapes, not classes: the class is the shape's target in
    the constraint files, or the class its name is made from ("...#dcat:CatalogShape")."""
    opt = Graph()
    for name in ["dcat-ap-OPT.ttl", "dcat-ap-nl-OPT.ttl"]:
        opt.parse(SHAPES / name, format="turtle")
    constraints = shapes_graph()
    by_name = {
        "dcat:Catalog": DCAT.Catalog, "dcat:Dataset": DCAT.Dataset, "dcat:Distribution": DCAT.Distribution,
        "foaf:Agent": FOAF.Agent, "vcard:Kind": VCARD.Kind,
    }
    result = {}
    for shape, prop in opt.subject_objects(SH.property):
        if not any(str(o).endswith("verplicht") for o in opt.objects(prop, None)):
            continue
        path = next(opt.objects(prop, SH.path), None)
        target = next(constraints.objects(shape, SH.targetClass), None)
        if target is None:
            for name, cls in by_name.items():
                if str(shape).endswith(name + "Shape") or str(shape).endswith(name.split(":")[1] + "Shape"):
                    target = cls
        if target in by_name.values() and path is not None:
            result.setdefault(target, set()).add(path)
    return result


def short(uri):
    for prefix, ns in [("dcat:", DCAT), ("foaf:", FOAF), ("vcard:", VCARD), ("dct:", "http://purl.org/dc/terms/")]:
        if str(uri).startswith(str(ns)):
            return prefix + str(uri)[len(str(ns)):]
    return str(uri)


def main(argv):
    prove = "--mandatory" in argv
    files = [a for a in argv if a != "--mandatory"]
    if not files:
        print(__doc__, file=sys.stderr)
        return 2
    shapes = shapes_graph()
    status = 0
    for file in files:
        data = Graph()
        data.parse(file, format="xml")
        violations, warnings, text, _ = validate(data, shapes)
        if violations:
            print(f"{file}: does NOT conform to DCAT-AP-NL 3.0 ({len(violations)} violations)\n{text}")
            status = 1
            continue
        print(f"{file}: conforms to DCAT-AP-NL 3.0 ({len(data)} triples, {len(warnings)} recommendations not met)")
        if warnings:
            print("\n".join("  " + line for line in text.splitlines() if "Message:" in line))
        if prove:
            status = max(status, prove_mandatory(file, data, shapes))
    return status


def prove_mandatory(file, data, shapes):
    """A copy without each mandatory property must fail, naming that property."""
    required = mandatory_paths()
    checked = 0
    failures = []
    for cls, paths in sorted(required.items()):
        nodes = list(data.subjects(RDF.type, cls))
        for path in sorted(paths):
            if not nodes or not any((n, path, None) in data for n in nodes):
                continue
            broken = Graph()
            for triple in data:
                if not (triple[0] in nodes and triple[1] == path):
                    broken.add(triple)
            violations, _, _, paths = validate(broken, shapes)
            checked += 1
            caught = path in paths
            print(f"  without {short(path)} on {short(cls)}: {'fails, as it must' if caught else 'PASSES — the shapes missed it'}")
            if not caught:
                failures.append(f"{short(cls)} {short(path)}")
    if checked == 0:
        print(f"{file}: no mandatory property found to remove", file=sys.stderr)
        return 1
    if failures:
        print(f"{file}: a copy without a mandatory property still conforms: {', '.join(failures)}", file=sys.stderr)
        return 1
    print(f"{file}: each of {checked} mandatory properties, when removed, makes the catalogue fail")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
