//! Differential test: Preflight's schema validator against xmllint
//! (libxml2) with the normative schemas, file by file over every metadata
//! and SAML message fixture in tests/fixtures/. Both must call a file
//! valid, or both invalid with the first problem on the same line.
//!
//! Skipped (with a note) when xmllint or the schemas are not installed:
//! `apt-get install libxml2-utils`; the schemas are ../shared/schemas.
//!
//! The oracle schema is a driver that imports every schema Preflight
//! validates with (SAML metadata, protocol, and the metadata extensions
//! mdui, mdattr, mdrpi, alg, attribute-ext, shibmd), so that lax wildcards
//! validate known extensions in both tools.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Files where xmllint is known to differ, and why.
const ALLOW: &[(&str, &str)] = &[
    // ADFS metadata uses xsi:type="fed:SecurityTokenServiceType" from the
    // WS-Federation schema, which is not bundled: xmllint cannot resolve the
    // type and fails; Preflight accepts it as a RoleDescriptor extension.
    (
        "adfs-federationmetadata.xml",
        "xsi:type from the unbundled WS-Federation schema",
    ),
    (
        "entra-id-federationmetadata.xml",
        "xsi:type from the unbundled WS-Federation schema",
    ),
    // Not well-formed or DTD-bearing on purpose: the tools refuse them
    // before any schema validation.
    ("billion-laughs.xml", "DTD, refused before validation"),
    ("xxe.xml", "DTD, refused before validation"),
    ("not-well-formed.xml", "not well-formed"),
    // Shibboleth's RSA-OAEP key transport names its mask generation
    // function with xenc11:MGF under xenc:EncryptionMethod's strict
    // wildcard; the XML Encryption 1.1 schema is not bundled, so xmllint
    // demands a declaration it does not have. Preflight accepts elements of
    // namespaces it has no schema for.
    ("shibboleth-encrypted.xml", "xenc11 schema not bundled"),
    // A SOAP envelope: the SOAP schema is not bundled, so xmllint fails on
    // the root; Preflight validates the SAML message inside.
    (
        "shibboleth.artifact-response.soap.xml",
        "SOAP envelope schema not bundled",
    ),
];

fn schemas() -> Option<PathBuf> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    [
        manifest.join("../shared/schemas"),
        manifest.join("../../shared/schemas"),
        PathBuf::from("/work/shared/schemas"),
    ]
    .into_iter()
    .find(|p| p.join("saml-schema-metadata-2.0.xsd").exists())
}

fn driver(dir: &Path) -> PathBuf {
    let shib = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/xsd/shibmd.xsd");
    let imports = [
        (
            "urn:oasis:names:tc:SAML:2.0:metadata",
            dir.join("saml-schema-metadata-2.0.xsd"),
        ),
        (
            "urn:oasis:names:tc:SAML:2.0:protocol",
            dir.join("saml-schema-protocol-2.0.xsd"),
        ),
        (
            "urn:oasis:names:tc:SAML:metadata:ui",
            dir.join("sstc-saml-metadata-ui-v1.0.xsd"),
        ),
        (
            "urn:oasis:names:tc:SAML:metadata:attribute",
            dir.join("sstc-metadata-attr.xsd"),
        ),
        (
            "urn:oasis:names:tc:SAML:metadata:rpi",
            dir.join("saml-metadata-rpi-v1.0.xsd"),
        ),
        (
            "urn:oasis:names:tc:SAML:metadata:algsupport",
            dir.join("sstc-saml-metadata-algsupport-v1.0.xsd"),
        ),
        (
            "urn:oasis:names:tc:SAML:attribute:ext",
            dir.join("sstc-saml-attribute-ext.xsd"),
        ),
        ("urn:mace:shibboleth:metadata:1.0", shib),
    ];
    let mut xsd = String::from(
        "<?xml version=\"1.0\"?>\n<schema xmlns=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"urn:preflight:driver\">\n",
    );
    for (ns, path) in imports {
        xsd.push_str(&format!(
            "  <import namespace=\"{ns}\" schemaLocation=\"file://{}\"/>\n",
            path.canonicalize().unwrap().display()
        ));
    }
    xsd.push_str("</schema>\n");
    let out = std::env::temp_dir().join(format!("preflight-driver-{}.xsd", std::process::id()));
    std::fs::write(&out, xsd).unwrap();
    out
}

/// xmllint's error lines for a file.
fn xmllint_errors(schema: &Path, file: &Path) -> Vec<String> {
    let out = Command::new("xmllint")
        .args(["--noout", "--nonet", "--huge", "--schema"])
        .arg(schema)
        .arg(file)
        .output()
        .expect("xmllint runs");
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter(|l| l.contains("validity error"))
        .map(String::from)
        .collect()
}

/// xmllint's verdict: None when valid, else the line of its first error.
fn xmllint(schema: &Path, file: &Path) -> Option<u32> {
    let out = Command::new("xmllint")
        .args(["--noout", "--nonet", "--huge", "--schema"])
        .arg(schema)
        .arg(file)
        .output()
        .expect("xmllint runs");
    if out.status.success() {
        return None;
    }
    let err = String::from_utf8_lossy(&out.stderr);
    let name = file.display().to_string();
    let line = err
        .lines()
        .find_map(|l| {
            let rest = l.strip_prefix(&name)?.strip_prefix(':')?;
            rest.split(':').next()?.trim().parse::<u32>().ok()
        })
        .unwrap_or(0);
    Some(line)
}

fn line_of(text: &str, offset: usize) -> u32 {
    1 + text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count() as u32
}

/// Preflight's verdict, same shape: the earliest problem's line.
fn preflight(text: &str) -> Option<u32> {
    let outcome = preflight::xmlschema::validate_str(text);
    // libxml2 numbers an element by the line its start tag ends on. UTC
    // warnings are SAML's rule, not the schema's: xmllint has no opinion.
    let problems: Vec<_> = outcome
        .problems
        .iter()
        .filter(|p| p.kind != preflight::xmlschema::Kind::TimeNotUtc)
        .collect();
    problems
        .iter()
        .map(|p| p.start)
        .min()
        .and_then(|s| problems.iter().find(|p| p.start == s))
        .map(|p| line_of(text, p.end.saturating_sub(1)))
}

fn fixtures() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out = Vec::new();
    for dir in ["saml", "saml-response", "saml-schema"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "xml") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn agrees_with_xmllint_file_by_file() {
    let Some(dir) = schemas() else {
        eprintln!("skipped: the SAML schemas (../shared/schemas) are not here");
        return;
    };
    if Command::new("xmllint").arg("--version").output().is_err() {
        eprintln!("skipped: xmllint is not installed (apt-get install libxml2-utils)");
        return;
    }
    let schema = driver(&dir);
    // The WS-Federation allowances are exact: xmllint's only complaints are
    // the unresolvable xsi:type (and the abstract type it leaves), and
    // Preflight finds nothing else either.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/saml");
    for name in [
        "adfs-federationmetadata.xml",
        "entra-id-federationmetadata.xml",
    ] {
        let errors = xmllint_errors(&schema, &root.join(name));
        assert!(
            !errors.is_empty(),
            "{name}: xmllint now accepts it; drop the allowance"
        );
        for e in &errors {
            assert!(
                e.contains("xsi:type") || e.contains("type definition is abstract"),
                "{name}: xmllint error beyond the xsi:type allowance: {e}"
            );
        }
        let text = std::fs::read_to_string(root.join(name)).unwrap();
        let outcome = preflight::xmlschema::validate_str(&text);
        assert_eq!(outcome.count, 0, "{name}: {:?}", outcome.problems);
        assert!(outcome
            .extensions
            .iter()
            .any(|e| e.ends_with("ServiceType")));
    }
    let mut disagreements = Vec::new();
    let mut compared = 0;
    for file in fixtures() {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        if ALLOW.iter().any(|(n, _)| *n == name) {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        let theirs = xmllint(&schema, &file);
        let ours = preflight(&text);
        compared += 1;
        if theirs != ours {
            let problems = preflight::xmlschema::validate_str(&text).problems;
            disagreements.push(format!(
                "{name}: xmllint {theirs:?}, preflight {ours:?} ({:?})",
                problems.first().map(|p| &p.message)
            ));
        }
    }
    let _ = std::fs::remove_file(&schema);
    assert!(compared >= 10, "only {compared} fixtures compared");
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n"));
}
