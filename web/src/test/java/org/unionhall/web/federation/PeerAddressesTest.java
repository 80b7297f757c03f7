package org.unionhall.web.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unionhall.domain.federation.PeerPolicy;

/** Where the server may send a request of its own: never into its own network, unless the operator allows it. */
class PeerAddressesTest {
    private final FederationSettings closed = new FederationSettings(URI.create("https://union.example.org"),
            PeerPolicy.of("", "spam.example"), false);
    private final FederationSettings testing = new FederationSettings(URI.create("http://127.0.0.1:8080"),
            PeerPolicy.of("", "localhost"), true);

    @Test
    void loopbackPrivateAndLinkLocalAddressesAreRefused() {
        for (String address : new String[] {"https://127.0.0.1/inbox", "https://10.1.2.3/inbox",
            "https://192.168.0.10/inbox", "https://172.16.5.4/inbox", "https://169.254.169.254/latest",
            "https://[::1]/inbox", "https://[fd00::1]/inbox", "https://0.0.0.0/inbox", "https://100.64.0.1/x"}) {
            Optional<String> refusal = PeerAddresses.refusal(URI.create(address), closed);
            assertTrue(refusal.isPresent() && refusal.get().contains("not public"), address + ": " + refusal);
        }
    }

    @Test
    void plainHttpAndBlockedHostsAreRefused() {
        assertEquals(Optional.of("the address http://93.184.215.14/inbox is not https"),
                PeerAddresses.refusal(URI.create("http://93.184.215.14/inbox"), closed));
        assertEquals(Optional.of("the host spam.example is blocked by this installation's operator"),
                PeerAddresses.refusal(URI.create("https://spam.example/inbox"), closed));
        assertEquals(Optional.empty(), PeerAddresses.refusal(URI.create("https://93.184.215.14/inbox"), closed));
    }

    @Test
    void anOperatorMayAllowLoopbackForTestsButTheBlockListStillHolds() {
        assertEquals(Optional.empty(), PeerAddresses.refusal(URI.create("http://127.0.0.1:9000/inbox"), testing));
        assertTrue(PeerAddresses.refusal(URI.create("http://localhost:9000/inbox"), testing).isPresent());
    }
}
