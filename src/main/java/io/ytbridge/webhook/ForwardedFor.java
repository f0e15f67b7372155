package io.ytbridge.webhook;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * Who really sent a request. {@code X-Forwarded-For} is written by whoever sends it, so it is read only while the
 * hop that handed it over is a trusted proxy, from the right (the hop nearest to us) to the left.
 */
final class ForwardedFor {

    private ForwardedFor() {
    }

    /** The nearest address that is not a trusted proxy; empty when an address on the way cannot be read. */
    static Optional<InetAddress> clientAddress(String remoteAddress, String forwardedFor,
                                               List<CidrBlock> trustedProxies) {
        Optional<InetAddress> current = CidrBlock.literalAddress(remoteAddress == null ? "" : remoteAddress);
        if (forwardedFor == null || forwardedFor.isBlank()) {
            return current;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0 && current.isPresent() && trusted(current.get(), trustedProxies); i--) {
            current = CidrBlock.literalAddress(hops[i]);
        }
        return current;
    }

    private static boolean trusted(InetAddress address, List<CidrBlock> trustedProxies) {
        return trustedProxies.stream().anyMatch(block -> block.contains(address));
    }
}
