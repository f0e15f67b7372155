package io.ytbridge.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class AdminAuthenticatorTest {

    @Test
    void withoutAnAdminTokenTheAdminEndpointsDoNotExist() {
        AdminAuthenticator authenticator = new AdminAuthenticator(new MockEnvironment().withProperty("bridge.admin-token", " "));

        assertThat(authenticator.refusal("Bearer ")).isEqualTo(404);
        assertThat(authenticator.refusal(null)).isEqualTo(404);
    }

    @Test
    void onlyTheExactBearerTokenPasses() {
        AdminAuthenticator authenticator = new AdminAuthenticator(new MockEnvironment().withProperty("bridge.admin-token", "t0ken"));

        assertThat(authenticator.refusal("Bearer t0ken")).isNull();
        assertThat(authenticator.refusal("bearer t0ken")).isNull();
        assertThat(authenticator.refusal("Bearer t0ke")).isEqualTo(401);
        assertThat(authenticator.refusal("Bearer t0ken2")).isEqualTo(401);
        assertThat(authenticator.refusal("t0ken")).isEqualTo(401);
        assertThat(authenticator.refusal(null)).isEqualTo(401);
    }
}
