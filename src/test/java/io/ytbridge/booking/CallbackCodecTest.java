package io.ytbridge.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import io.ytbridge.config.BridgeEndpoints;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class CallbackCodecTest {

    private final CallbackCodec codec = new CallbackCodec("test-secret", new BridgeEndpoints(new MockEnvironment()));

    @Test
    void roundTripsActionAndArguments() {
        String data = codec.encode("K", 12345678L, 7654321L, "261231", "2330");
        CallbackCodec.Callback callback = codec.decode(data);
        assertThat(callback.action()).isEqualTo("K");
        assertThat(callback.number(0)).isEqualTo(12345678L);
        assertThat(callback.argument(3)).isEqualTo("2330");
    }

    @Test
    void theLongestButtonFitsTelegramsSixtyFourBytes() {
        String data = codec.encode("K", 999999999999L, 999999999999L, "261231", "2330");
        assertThat(data.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
    }

    @Test
    void forgedOrAlteredDataIsRefused() {
        String data = codec.encode("R", 41L);
        assertThat(codec.decode(data.replace("R:41", "R:42"))).isNull();
        assertThat(codec.decode("R:42")).isNull();
        assertThat(codec.decode("R:42~AAAAAAAA")).isNull();
        assertThat(codec.decode("")).isNull();
        assertThat(codec.decode(null)).isNull();
        assertThat(codec.decode("x".repeat(65))).isNull();
        assertThat(codec.decode("~~~~")).isNull();
    }

    @Test
    void buttonsSignedWithAnotherKeyAreRefused() {
        CallbackCodec other = new CallbackCodec("another-secret", new BridgeEndpoints(new MockEnvironment()));
        assertThat(codec.decode(other.encode("m"))).isNull();
    }

    @Test
    void argumentsThatCouldSmuggleSeparatorsAreRejectedWhenEncoding() {
        assertThatThrownBy(() -> codec.encode("C", "1:2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codec.encode("C", "1~x")).isInstanceOf(IllegalArgumentException.class);
    }
}
