# Sourced by fuzz_smoke.sh and fuzz_long.sh, so both runs hold the targets
# to the same bounds and start from the same seeds.

# libFuzzer limits: an input taking over 10 s or a run over 2 GB fails.
FUZZ_LIMITS=(-timeout=10 -rss_limit_mb=2048 -print_final_stats=1)

# The test-fixture folder that seeds each fuzz target's corpus (empty: the
# target starts from nothing). The seeds are copied whole (files under
# 1 MB, one level deep).
seed_dir() {
  case "$1" in
    saml_metadata | xmlschema) echo tests/fixtures/saml ;;
    saml_response) echo tests/fixtures/saml-response ;;
    xmldsig_c14n) echo tests/fixtures/xmldsig ;;
    cert) echo tests/fixtures/x509 ;;
    csv_users) echo tests/fixtures/csv ;;
    directory) echo tests/fixtures/directory/clean ;;
    broadworks_*) echo tests/fixtures/broadworks ;;
    check_set) echo tests/fixtures/check/kits/okta ;;
    firewall_rules) echo tests/fixtures/check/firewall ;;
    *) echo "" ;;
  esac
}

# Fill corpus folder $2 for target $1 from its seeds.
seed_corpus() {
  local seeds
  mkdir -p "$2"
  seeds=$(seed_dir "$1")
  if [ -n "$seeds" ] && [ -d "$seeds" ]; then
    find "$seeds" -maxdepth 1 -type f -size -1M -exec cp {} "$2/" \;
  fi
}

# The [[bin]] names of fuzz/Cargo.toml, in file order.
fuzz_targets() {
  awk '
    /^\[\[bin\]\]/ { inbin = 1; next }
    /^\[/          { inbin = 0 }
    inbin && $1 == "name" { gsub(/[" ]/, "", $3); print $3 }
  ' fuzz/Cargo.toml
}
