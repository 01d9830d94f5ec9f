"""The member's URL and the certificate's names, as `team join` reads them (no server)."""

from __future__ import annotations

import datetime

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from ips_desktop.storage.team_errors import TeamUrlInvalid
from ips_desktop.storage.team_link import certificate_names, parse_member_url


def test_a_member_url_keeps_login_host_port_and_database():
    address = parse_member_url("postgresql://soe@teamdb.koege.dk/ipsteam")
    assert (address.login, address.host, address.port, address.database) == \
        ("soe", "teamdb.koege.dk", 5432, "ipsteam")
    assert address.url == "postgresql://soe@teamdb.koege.dk:5432/ipsteam"
    assert parse_member_url("postgresql://soe@[::1]:6543/ips?sslmode=verify-full").url == \
        "postgresql://soe@[::1]:6543/ips"


@pytest.mark.parametrize(("url", "problem"), [
    ("postgresql://soe:hemmelig@host/ips", "password"),
    ("postgresql://host/ips", "form"),
    ("postgresql://soe@host/", "form"),
    ("mysql://soe@host/ips", "form"),
    ("postgresql://soe@host/ips?sslmode=disable", "options"),
    ("postgresql://soe@host/ips?sslmode=prefer", "options"),
    ("postgresql://soe@host/ips?host=/tmp", "options"),
])
def test_a_url_join_would_not_use_is_refused(url, problem):
    with pytest.raises(TeamUrlInvalid) as caught:
        parse_member_url(url)
    assert caught.value.params["problem"] == problem
    assert "hemmelig" not in str(caught.value)


def _certificate(common_name: str, alt: list[x509.GeneralName] | None) -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.datetime.now(datetime.UTC)
    builder = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
               .public_key(key.public_key()).serial_number(1).not_valid_before(now)
               .not_valid_after(now + datetime.timedelta(days=1)))
    if alt is not None:
        builder = builder.add_extension(x509.SubjectAlternativeName(alt), critical=False)
    return builder.sign(key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


def test_the_subject_alt_name_decides_when_there_is_one():
    import ipaddress

    der = _certificate("ignored.example", [x509.DNSName("*.koege.dk"),
                                           x509.IPAddress(ipaddress.ip_address("10.0.0.5"))])
    assert certificate_names(der, "teamdb.koege.dk")
    assert certificate_names(der, "TEAMDB.Koege.dk")
    assert not certificate_names(der, "a.b.koege.dk")  # a wildcard is one label
    assert not certificate_names(der, "koege.dk")
    assert not certificate_names(der, "ignored.example")  # the CN counts only without a SAN
    assert certificate_names(der, "10.0.0.5")
    assert not certificate_names(der, "10.0.0.6")


def test_without_a_subject_alt_name_the_common_name_is_the_name():
    der = _certificate("127.0.0.1", None)
    assert certificate_names(der, "127.0.0.1")
    assert not certificate_names(der, "127.0.0.2")
