package io.ytbridge.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

class CidrBlockTest {

    @Test
    void ipv4AndIpv6RangesContainTheirAddressesOnly() throws Exception {
        CidrBlock ten = CidrBlock.parse("10.0.0.0/8").orElseThrow();
        CidrBlock narrow = CidrBlock.parse("192.168.1.128/25").orElseThrow();
        CidrBlock v6 = CidrBlock.parse("2001:db8::/32").orElseThrow();

        assertThat(ten.contains(InetAddress.getByName("10.255.1.2"))).isTrue();
        assertThat(ten.contains(InetAddress.getByName("11.0.0.1"))).isFalse();
        assertThat(narrow.contains(InetAddress.getByName("192.168.1.200"))).isTrue();
        assertThat(narrow.contains(InetAddress.getByName("192.168.1.100"))).isFalse();
        assertThat(v6.contains(InetAddress.getByName("2001:db8:1::5"))).isTrue();
        assertThat(v6.contains(InetAddress.getByName("10.0.0.1"))).isFalse();
    }

    @Test
    void aBareAddressIsARangeOfOne() throws Exception {
        CidrBlock one = CidrBlock.parse("127.0.0.2").orElseThrow();

        assertThat(one.contains(InetAddress.getByName("127.0.0.2"))).isTrue();
        assertThat(one.contains(InetAddress.getByName("127.0.0.3"))).isFalse();
    }

    @Test
    void onlyLiteralAddressesAreRead_neverAHostNameToLookUp() {
        for (String text : List.of("example.com", "a.b.c.d", "localhost", "1.2.3", "10.0.0.0/33", "10.0.0.0/x", "", "::g")) {
            assertThat(CidrBlock.parse(text)).as(text).isEmpty();
        }
        assertThat(CidrBlock.literalAddress("[::1]")).isPresent();
    }

    @Test
    void forwardedForIsReadFromTheRightOnlyThroughTrustedProxies() {
        List<CidrBlock> proxies = List.of(CidrBlock.parse("127.0.0.2/32").orElseThrow(),
                CidrBlock.parse("10.9.0.0/16").orElseThrow());

        assertThat(ForwardedFor.clientAddress("127.0.0.3", "10.1.2.3", proxies))
                .hasValueSatisfying(address -> assertThat(address.getHostAddress()).isEqualTo("127.0.0.3"));
        assertThat(ForwardedFor.clientAddress("127.0.0.2", "10.1.2.3", proxies))
                .hasValueSatisfying(address -> assertThat(address.getHostAddress()).isEqualTo("10.1.2.3"));
        assertThat(ForwardedFor.clientAddress("127.0.0.2", "10.1.2.3, 192.168.7.7, 10.9.1.1", proxies))
                .hasValueSatisfying(address -> assertThat(address.getHostAddress()).isEqualTo("192.168.7.7"));
        assertThat(ForwardedFor.clientAddress("127.0.0.2", "evil.example.com", proxies)).isEmpty();
        assertThat(ForwardedFor.clientAddress("127.0.0.2", null, proxies))
                .hasValueSatisfying(address -> assertThat(address.getHostAddress()).isEqualTo("127.0.0.2"));
    }
}
