package io.ytbridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void railwayFormWithPort() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://postgres:s3cret@containers.railway.internal:5432/railway");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://containers.railway.internal:5432/railway");
        assertThat(url.username()).isEqualTo("postgres");
        assertThat(url.password()).isEqualTo("s3cret");
    }

    @Test
    void withoutPortKeepsDriverDefault() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://app:pw@db.example/bridge");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example/bridge");
        assertThat(url.username()).isEqualTo("app");
    }

    @Test
    void urlEncodedPasswordIsDecoded() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app:p%40ss%3Aw%2Fo+rd%25@127.0.0.1:6543/bridge?sslmode=require");
        assertThat(url.password()).isEqualTo("p@ss:w/o+rd%");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:6543/bridge?sslmode=require");
    }

    @Test
    void withoutCredentials() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://localhost/bridge");
        assertThat(url.username()).isNull();
        assertThat(url.password()).isNull();
    }

    @Test
    void toStringNeverShowsThePassword() {
        assertThat(DatabaseUrl.parse("postgresql://app:hunter2@h/db").toString()).doesNotContain("hunter2");
    }

    @Test
    void malformedUrlNamesTheVariableButNotTheValue() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://root:hunter2@h/db"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("DATABASE_URL")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://h:5432"))
                .isInstanceOf(InvalidSettingException.class);
    }
}
