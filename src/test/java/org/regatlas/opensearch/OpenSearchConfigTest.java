package org.regatlas.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenSearchConfigTest {
    @Test
    void takesSeveralNodesAndReadsCredentialsAndLayoutFromTheEnvironment() {
        OpenSearchConfig c = OpenSearchConfig.of("https://a.example:9200, http://b.example:9201/base",
                Map.of(OpenSearchConfig.USER_ENV, "reader", OpenSearchConfig.PASSWORD_ENV, "s3cret",
                        OpenSearchConfig.CA_ENV, "/etc/ca.pem", OpenSearchConfig.SHARDS_ENV, "2",
                        OpenSearchConfig.REPLICAS_ENV, "1", OpenSearchConfig.ALIAS_ENV, "guidelines"));
        assertThat(c.urls()).containsExactly(URI.create("https://a.example:9200/"), URI.create("http://b.example:9201/base/"));
        assertThat(c.user()).isEqualTo("reader");
        assertThat(c.password()).isEqualTo("s3cret");
        assertThat(c.caCertificate()).isEqualTo(Path.of("/etc/ca.pem"));
        assertThat(List.of(c.shards(), c.replicas())).containsExactly(2, 1);
        assertThat(c.alias()).isEqualTo("guidelines");
    }

    @Test
    void defaultsToOneShardAndReplicasByClusterSize() {
        OpenSearchConfig c = OpenSearchConfig.of("http://127.0.0.1:9200", Map.of());
        assertThat(c.user()).isNull();
        assertThat(c.shards()).isEqualTo(1);
        assertThat(c.replicas()).isEqualTo(-1);
        assertThat(c.alias()).isEqualTo(OpenSearchConfig.DEFAULT_ALIAS);
    }

    @Test
    void refusesCredentialsInTheUrlAndWhatIsNotAnHttpUrl() {
        assertThatThrownBy(() -> OpenSearchConfig.of("http://u:p@127.0.0.1:9200", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(OpenSearchConfig.USER_ENV);
        assertThatThrownBy(() -> OpenSearchConfig.of("ftp://127.0.0.1", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http");
        assertThatThrownBy(() -> OpenSearchConfig.of(" , ", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OpenSearchConfig.of("http://127.0.0.1:9200", Map.of(OpenSearchConfig.SHARDS_ENV, "two")))
                .hasMessageContaining(OpenSearchConfig.SHARDS_ENV);
        assertThatThrownBy(() -> OpenSearchConfig.of("http://127.0.0.1:9200", Map.of(OpenSearchConfig.ALIAS_ENV, "Bad Name")))
                .hasMessageContaining(OpenSearchConfig.ALIAS_ENV);
    }
}
