#!/usr/bin/env python3
"""Sign a metadata aggregate with xmlsec1, the way a federation operator does.

Usage: sign_aggregate.py IN.xml OUT.xml KEY.pem CERT.pem

Gives the root EntitiesDescriptor an ID (when it has none), puts an enveloped
RSA-SHA256 / exclusive-c14n signature template first inside it (where the
metadata schema wants ds:Signature) and lets `xmlsec1 --sign` fill it in. The
benchmark (scripts/bench.sh) then verifies the result with
`preflight saml-metadata --trust-cert` next to `xmlsec1 --verify`.
"""
import re
import subprocess
import sys

src, out, key, cert = sys.argv[1:5]
DS = "http://www.w3.org/2000/09/xmldsig#"
text = open(src, encoding="utf-8").read()
root = re.search(r"<([A-Za-z_][\w.-]*:)?EntitiesDescriptor\b[^>]*>", text)
if not root:
    sys.exit(f"{src}: no EntitiesDescriptor root")
start = root.group(0)
ident = re.search(r'\sID="([^"]+)"', start)
if ident:
    ref = ident.group(1)
else:
    ref = "_aggregate"
    start = start[:-1] + f' ID="{ref}">'
template = (
    f'<ds:Signature xmlns:ds="{DS}"><ds:SignedInfo>'
    '<ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>'
    '<ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>'
    f'<ds:Reference URI="#{ref}"><ds:Transforms>'
    f'<ds:Transform Algorithm="{DS}enveloped-signature"/>'
    '<ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/></ds:Transforms>'
    '<ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>'
    '<ds:DigestValue></ds:DigestValue></ds:Reference></ds:SignedInfo>'
    '<ds:SignatureValue></ds:SignatureValue>'
    '<ds:KeyInfo><ds:X509Data/></ds:KeyInfo></ds:Signature>')
template_doc = text[:root.start()] + start + "\n  " + template + text[root.end():]
tmp = out + ".template"
with open(tmp, "w", encoding="utf-8") as f:
    f.write(template_doc)
subprocess.run(["xmlsec1", "--sign", "--privkey-pem", f"{key},{cert}",
                "--id-attr:ID", "urn:oasis:names:tc:SAML:2.0:metadata:EntitiesDescriptor",
                "--output", out, tmp], check=True)
