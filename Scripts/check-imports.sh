#!/usr/bin/env bash
# Checks every `import` in Sources/<Target> against the allow-list in DECISIONS.md / architecture:
# the build flag catches undeclared imports; this catches declared-but-forbidden ones.
set -euo pipefail
cd "$(dirname "$0")/.."

declare -A allow=(
    [WalletModel]="Foundation"
    [WalletJSON]="Foundation"
    [WalletFormats]="Foundation WalletModel WalletJSON"
    [WalletCrypto]="Foundation Crypto _CryptoExtras"
    [WalletLinkedData]="Foundation WalletJSON Crypto"
    [WalletVerify]="Foundation WalletModel WalletJSON WalletFormats WalletCrypto WalletLinkedData Crypto _CryptoExtras X509 SwiftASN1"
    [WalletStacking]="Foundation WalletModel TOMLKit"
    [WalletStore]="Foundation WalletModel WalletCrypto GRDB"
    [WalletBundle]="Foundation WalletModel WalletJSON WalletFormats WalletCrypto WalletVerify ZIPFoundation Crypto"
    [WalletCore]="Foundation WalletModel WalletJSON WalletFormats WalletCrypto WalletVerify WalletStacking WalletStore WalletBundle Logging"
    [TermUI]="Foundation"
    [TermNCurses]="Foundation Glibc TermUI CNCurses"
    [WalletTUI]="Foundation WalletCore WalletModel TermUI TOMLKit"
    [WalletCLI]="Foundation Glibc ArgumentParser Logging WalletCore WalletModel WalletStacking WalletBundle WalletCrypto WalletJSON WalletTUI TermUI TermNCurses"
    [WalletTestSupport]="Foundation WalletModel WalletCore TermUI WalletTUI"
    [Benchmarks]="Foundation Glibc Crypto WalletModel WalletJSON WalletFormats WalletCrypto WalletLinkedData WalletVerify WalletStacking WalletStore WalletBundle WalletCore WalletTUI TermUI"
)

status=0
for dir in Sources/* Benchmarks; do
    target=$(basename "$dir")
    [ "$target" = CNCurses ] && continue
    allowed=${allow[$target]:-}
    if [ -z "$allowed" ]; then
        echo "check-imports: no allow-list for target $target"; status=1; continue
    fi
    while IFS=: read -r file _ line; do
        module=$(echo "$line" | sed -E 's/^[[:space:]]*(@testable |@_implementationOnly |public |internal |package )*import (class |struct |enum |protocol |func |var )?([A-Za-z0-9_]+).*/\3/')
        if ! [[ " $allowed " == *" $module "* ]]; then
            echo "check-imports: $file imports $module, which $target may not import"; status=1
        fi
    done < <(grep -rnE '^[[:space:]]*(@testable |@_implementationOnly |public |internal |package )*import ' "$dir" --include='*.swift' || true)
done
[ "$status" -eq 0 ] && echo "check-imports: ok"
exit "$status"
