package io.ytbridge.sandbox;

import java.security.SecureRandom;
import java.util.HexFormat;

/** The 32-hex-digit hash Yclients gives every online record; whoever holds it may read and cancel the record. */
final class RecordHash {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RecordHash() {
    }

    static String next() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
